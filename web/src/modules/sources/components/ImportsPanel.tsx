import { useQuery } from '@tanstack/react-query';
import { importsQueryOptions } from '@/modules/sources/hooks/importsQueryOptions';
import { buildImportsTable } from '@/modules/sources/utils/buildImportsTable';
import { TablePanel } from '@/ui/TablePanel';
import { cellText } from '@/ui/table/cellText';

interface ImportsPanelProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The latest imports, newest first; an import with rejected rows can be opened. */
export function ImportsPanel({ selectedId, onSelect }: ImportsPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(importsQueryOptions());
  const items = data?.imports.items ?? [];
  const table = data
    ? buildImportsTable(items, `De laatste ${items.length} van ${data.imports.totalCount} imports`)
    : null;
  return (
    <TablePanel
      title="Imports"
      definition={{
        definition:
          'Elke keer dat een bestand wordt ingelezen, is dat een import. Gelezen = rijen in het bestand. Nieuw, bijgewerkt en ongewijzigd tellen de rijen die zijn opgeslagen. Afgewezen rijen zijn niet opgeslagen, de rest van het bestand wel. Bij een mislukte import is niets opgeslagen.',
        legalBasis: null,
      }}
      table={table}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName="imports"
      emptyText="Er zijn nog geen imports."
    >
      {table && (
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
              {table.rows.map((row, index) => (
                <tr key={row.key} aria-current={row.key === selectedId || undefined}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, cellIndex) => (
                    <td
                      key={table.columns[cellIndex]?.key ?? cellIndex}
                      className={cell.kind === 'value' ? 'data-table__number' : undefined}
                    >
                      {table.columns[cellIndex]?.key === 'rejected' &&
                      (items[index]?.rowsRejected ?? 0) > 0 ? (
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Bekijk ${cellText(cell)} afgewezen rijen van import ${row.header}`}
                          onClick={() => onSelect(row.key)}
                        >
                          {cellText(cell)}
                        </button>
                      ) : (
                        cellText(cell)
                      )}
                    </td>
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
