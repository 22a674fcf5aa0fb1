import { useQuery } from '@tanstack/react-query';
import { neighbourhoodBoundarySetsQueryOptions } from '@/modules/neighbourhoodMap/hooks/neighbourhoodBoundarySetsQueryOptions';
import { buildBoundarySetsTable } from '@/modules/neighbourhoodMap/utils/buildBoundarySetsTable';
import { TablePanel } from '@/ui/TablePanel';

export function BoundarySetsPanel() {
  const query = useQuery(neighbourhoodBoundarySetsQueryOptions());
  return (
    <TablePanel
      title="Wijk- en buurtgrenzen"
      table={query.data ? buildBoundarySetsTable(query.data.neighbourhoodBoundarySets) : null}
      isLoading={query.isPending}
      error={query.error}
      onRetry={() => void query.refetch()}
      exportFileName="wijkgrenzen"
      emptyText="Er zijn nog geen wijk- of buurtgrenzen geladen. Laad ze hieronder."
    />
  );
}
