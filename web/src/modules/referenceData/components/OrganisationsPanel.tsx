import { useQuery } from '@tanstack/react-query';
import { referenceOrganisationsQueryOptions } from '@/modules/referenceData/hooks/referenceOrganisationsQueryOptions';
import { buildOrganisationsTable } from '@/modules/referenceData/utils/buildOrganisationsTable';
import { TablePanel } from '@/ui/TablePanel';

export function OrganisationsPanel() {
  const query = useQuery(referenceOrganisationsQueryOptions());
  return (
    <TablePanel
      title="Organisaties"
      table={query.data ? buildOrganisationsTable(query.data.referenceOrganisations) : null}
      isLoading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      exportFileName="organisaties"
      emptyText="Er is nog geen organisatie. Een gemeente krijgt er vanzelf een; voeg aanbieders hieronder toe."
    />
  );
}
