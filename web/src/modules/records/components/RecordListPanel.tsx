import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatNumber } from '@/lib/format';
import { RecordFilters } from '@/modules/records/components/RecordFilters';
import { caseRecordsQueryOptions, RECORDS_PAGE_SIZE } from '@/modules/records/hooks/caseRecordsQueryOptions';
import { buildRecordsTable } from '@/modules/records/utils/buildRecordsTable';
import { createRecordsFilter, type RecordsState } from '@/modules/records/utils/recordsState';
import { TablePanel } from '@/ui/TablePanel';
import { cellText } from '@/ui/table/cellText';

interface RecordListPanelProps {
  state: RecordsState;
  onChange: (change: Partial<RecordsState>) => void;
}

export const RECORDS_DEFINITION =
  "Een dossier is één klacht, signaal, melding of hulpvraag uit een bron. U ziet geen namen of BSN: inwoners hebben een pseudoniem en de tekst is geanonimiseerd voordat hij werd opgeslagen. Alleen beleidsmedewerkers en beheerders kunnen dossiers zien, en elke inzage wordt vastgelegd. Een thema omvat ook zijn subthema's.";

/** Container: one page of records for the URL filters (keyset pages, newest first). */
export function RecordListPanel({ state, onChange }: RecordListPanelProps) {
  const filter = createRecordsFilter(state);
  // Cursors of the pages before the current one; a new filter starts at page 1 (keyed by the page).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    caseRecordsQueryOptions(filter, after),
  );
  const page = data?.caseRecords;
  const pageNumber = cursors.length;
  const caption = page
    ? `Dossiers, pagina ${pageNumber} van ${formatNumber(Math.max(1, Math.ceil(page.totalCount / RECORDS_PAGE_SIZE)))} (${formatNumber(page.totalCount)} in totaal)`
    : 'Dossiers';
  const table = page ? buildRecordsTable(page.records, caption) : null;

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
          <nav aria-label="Pagina's" className="pager">
            <button
              type="button"
              className="button button--secondary"
              disabled={pageNumber === 1}
              onClick={() => setCursors((previous) => previous.slice(0, -1))}
            >
              Vorige pagina
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={!page.pageInfo.hasNextPage || !page.pageInfo.endCursor}
              onClick={() => setCursors((previous) => [...previous, page.pageInfo.endCursor ?? null])}
            >
              Volgende pagina
            </button>
          </nav>
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
                  {row.cells.map((cell, index) => (
                    <td key={table.columns[index]?.key ?? index}>{cellText(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </TablePanel>
  );
}
