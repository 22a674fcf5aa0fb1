import { buildContractsTable, type ContractItem } from '@/modules/referenceData/utils/buildContractsTable';
import { EndContractForm } from '@/modules/referenceData/components/EndContractForm';
import { ActionTable } from '@/ui/table/ActionTable';

interface ContractsTableProps {
  contracts: readonly ContractItem[];
}

/** The contracts table with, per running contract, a form to end it. */
export function ContractsTable({ contracts }: ContractsTableProps) {
  return (
    <ActionTable
      table={buildContractsTable(contracts)}
      actionLabel="Beëindigen"
      renderAction={(index) => <EndContractForm contract={contracts[index] as ContractItem} />}
    />
  );
}
