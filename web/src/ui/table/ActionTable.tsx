import type { ReactNode } from 'react';
import { cellText } from '@/ui/table/cellText';
import type { TableData } from '@/ui/table/tableData';

interface ActionTableProps {
  table: TableData;
  /** Header of the last column, which holds each row's buttons or forms (not printed). */
  actionLabel: string;
  /** The controls for the row at this index of `table.rows`. */
  renderAction: (rowIndex: number) => ReactNode;
}

/** A management table: the rows of a TableData (as its CSV/XLSX export) with a column of actions per row. */
export function ActionTable({ table, actionLabel, renderAction }: ActionTableProps) {
  return (
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
            <th scope="col" className="no-print">
              {actionLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, column) => (
                <td key={table.columns[column]?.key ?? column}>{cellText(cell)}</td>
              ))}
              <td className="no-print">{renderAction(index)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
