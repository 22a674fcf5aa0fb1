import { EndHandlingNormForm } from '@/modules/handlingNorms/components/EndHandlingNormForm';
import {
  buildHandlingNormsTable,
  type HandlingNormItem,
} from '@/modules/handlingNorms/utils/buildHandlingNormsTable';
import { cellText } from '@/ui/table/cellText';

interface HandlingNormsTableProps {
  norms: readonly HandlingNormItem[];
  legalLabels: ReadonlyMap<string, string>;
  onEdit: (norm: HandlingNormItem) => void;
}

/** The norms table with, per norm, a button to change it in the form and a form to end it. */
export function HandlingNormsTable({ norms, legalLabels, onEdit }: HandlingNormsTableProps) {
  const table = buildHandlingNormsTable(norms, legalLabels);
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
              Wijzigen of beëindigen
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => {
            const norm = norms[index] as HandlingNormItem;
            return (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, column) => (
                  <td key={table.columns[column]?.key ?? column}>{cellText(cell)}</td>
                ))}
                <td className="no-print">
                  <button type="button" className="button button--secondary" onClick={() => onEdit(norm)}>
                    Wijzigen<span className="visually-hidden"> (termijn van {norm.sourceName})</span>
                  </button>
                  <EndHandlingNormForm norm={norm} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
