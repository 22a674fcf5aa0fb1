import { SUPPRESSED_CELL_LABEL } from '@/lib/format';
import { cellText } from '@/ui/table/cellText';
import type { TableData } from '@/ui/table/tableData';

interface DataTableProps {
  table: TableData;
}

/** A real table with caption and scoped headers: the accessible form of every chart. */
export function DataTable({ table }: DataTableProps) {
  return (
    <div className="data-table__scroll" tabIndex={0} role="region" aria-label={table.caption}>
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeaderLabel}</th>
            {table.columns.map((column) => (
              <th scope="col" key={column.key} className="data-table__number">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, index) => (
                <td
                  key={table.columns[index]?.key ?? index}
                  className={cell.kind === 'value' ? 'data-table__number' : undefined}
                >
                  {cell.kind === 'value' && cell.suppressed ? (
                    <>
                      <span aria-hidden="true">{cellText(cell)}</span>
                      <span className="visually-hidden">{SUPPRESSED_CELL_LABEL}</span>
                    </>
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
  );
}
