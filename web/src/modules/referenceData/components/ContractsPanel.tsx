import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { referenceContractsQueryOptions } from '@/modules/referenceData/hooks/referenceContractsQueryOptions';
import { ContractsTable } from '@/modules/referenceData/components/ContractsTable';
import { buildContractsTable } from '@/modules/referenceData/utils/buildContractsTable';
import { TablePanel } from '@/ui/TablePanel';

/** Every contract, each with a way to end it; a whole list loads through a profile on Bronnen. */
export function ContractsPanel() {
  const query = useQuery(referenceContractsQueryOptions());
  const contracts = query.data?.referenceContracts ?? [];
  return (
    <TablePanel
      title="Contracten"
      table={query.data ? buildContractsTable(contracts) : null}
      isLoading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      exportFileName="contracten"
      emptyText="Er zijn nog geen contracten. Voeg er hieronder een toe of lees een contractenlijst in."
      controls={
        <p>
          Een hele contractenlijst leest u in op <Link to="/bronnen">Bronnen</Link>, met een profiel met doel
          &lsquo;contract&rsquo; (zie <Link to="/beheer/profielen">Profielen</Link>).
        </p>
      }
    >
      <ContractsTable contracts={contracts} />
    </TablePanel>
  );
}
