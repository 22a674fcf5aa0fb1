import { useQuery } from '@tanstack/react-query';
import { referenceMunicipalitiesQueryOptions } from '@/modules/referenceData/hooks/referenceMunicipalitiesQueryOptions';
import { buildMunicipalitiesTable } from '@/modules/referenceData/utils/buildMunicipalitiesTable';
import { TablePanel } from '@/ui/TablePanel';

export function MunicipalitiesPanel() {
  const query = useQuery(referenceMunicipalitiesQueryOptions());
  return (
    <TablePanel
      title="Gemeenten"
      table={query.data ? buildMunicipalitiesTable(query.data.referenceMunicipalities) : null}
      isLoading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      exportFileName="gemeenten"
      emptyText="Er is nog geen gemeente. Voeg hieronder de eerste toe."
    />
  );
}
