import { buildContractsTable, type ContractItem } from '@/modules/referenceData/utils/buildContractsTable';
import { EndContractForm } from '@/modules/referenceData/components/EndContractForm';
import { cellText } from '@/ui/table/cellText';

interface ContractsTableProps {
  contracts: readonly ContractItem[];
}

/** The contracts table with, per running contract, a form to end it. */
export function ContractsTable({ contracts }: ContractsTableProps) {
  const table = buildContractsTable(contracts);
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
              Beëindigen
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => {
            const contract = contracts[index] as ContractItem;
            return (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, column) => (
                  <td key={table.columns[column]?.key ?? column}>{cellText(cell)}</td>
                ))}
                <td className="no-print">
                  <EndContractForm contract={contract} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
