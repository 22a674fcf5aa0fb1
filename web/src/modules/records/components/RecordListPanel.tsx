import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '@/lib/format';
import { HighlightedText } from '@/modules/records/components/HighlightedText';
import { RecordExportLink } from '@/modules/records/components/RecordExportLink';
import { RecordFilters } from '@/modules/records/components/RecordFilters';
import { caseRecordsQueryOptions, RECORDS_PAGE_SIZE } from '@/modules/records/hooks/caseRecordsQueryOptions';
import { buildRecordsTable, HIGHLIGHT_COLUMN } from '@/modules/records/utils/buildRecordsTable';
import {
  createRecordsFilter,
  MAX_RECORDS_PAGE,
  type RecordsState,
} from '@/modules/records/utils/recordsState';
import { TablePanel } from '@/ui/TablePanel';
import { cellText } from '@/ui/table/cellText';

interface RecordListPanelProps {
  state: RecordsState;
  onChange: (change: Partial<RecordsState>) => void;
}

export const RECORDS_DEFINITION =
  "Een dossier is één klacht, signaal, melding of hulpvraag uit een bron. U ziet geen namen of BSN: inwoners hebben een pseudoniem en de tekst is geanonimiseerd voordat hij werd opgeslagen. Alleen beleidsmedewerkers en beheerders kunnen dossiers zien, en elke inzage wordt vastgelegd. Een thema omvat ook zijn subthema's.";

/**
 * Container: one page of records for the URL filters and search (best match first when searching,
 * then newest first); the page number is in the URL too.
 */
export function RecordListPanel({ state, onChange }: RecordListPanelProps) {
  const filter = createRecordsFilter(state);
  const pageNumber = state.page;
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    caseRecordsQueryOptions(filter, pageNumber),
  );
  const page = data?.caseRecords;
  // The previous answer stays on screen while a search loads: it has no found text to show.
  const searching = state.search !== null && !isPlaceholderData;
  const pageCount = page ? Math.max(1, Math.ceil(page.totalCount / RECORDS_PAGE_SIZE)) : 1;
  const caption = page
    ? `Dossiers${searching ? ` met „${state.search}”` : ''}, pagina ${formatNumber(pageNumber)} van ${formatNumber(pageCount)} (${formatNumber(page.totalCount)} in totaal)`
    : 'Dossiers';
  const table = page ? buildRecordsTable(page.records, caption, searching) : null;
  const highlights = new Map(page?.records.map((record) => [record.id, record.highlight]));
  const goTo = (next: number) => onChange({ page: next, selectedId: null });

  return (
    <TablePanel
      title="Dossiers"
      definition={{ definition: RECORDS_DEFINITION, legalBasis: null }}
      controls={<RecordFilters state={state} onChange={onChange} />}
      table={table}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`dossiers${state.theme ? `-${state.theme}` : ''}-pagina-${pageNumber}`}
      emptyText="Er zijn geen dossiers met deze filters."
      notes={
        page && (
          <>
            <nav aria-label="Pagina's" className="pager">
              <button
                type="button"
                className="button button--secondary"
                disabled={pageNumber === 1}
                onClick={() => goTo(pageNumber - 1)}
              >
                Vorige pagina
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={!page.pageInfo.hasNextPage || pageNumber >= MAX_RECORDS_PAGE}
                onClick={() => goTo(pageNumber + 1)}
              >
                Volgende pagina
              </button>
            </nav>
            <RecordExportLink filter={filter} totalCount={page.totalCount} />
          </>
        )
      }
    >
      {table && page && (
        <div className="data-table__scroll" tabIndex={0} role="region" aria-label={table.caption}>
          <table className="data-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{table.rowHeaderLabel}</th>
                {table.columns.map((column) => (
                  <th scope="col" key={column.key}>
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key} aria-current={row.key === state.selectedId || undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Open dossier ${row.header}`}
                      onClick={() => onChange({ selectedId: row.key })}
                    >
                      {row.header}
                    </button>
                  </th>
                  {row.cells.map((cell, index) => {
                    const key = table.columns[index]?.key ?? String(index);
                    const segments = key === HIGHLIGHT_COLUMN ? highlights.get(row.key) : null;
                    return (
                      <td key={key}>{segments ? <HighlightedText segments={segments} /> : cellText(cell)}</td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </TablePanel>
  );
}
