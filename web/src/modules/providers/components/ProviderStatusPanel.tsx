import { useQuery } from '@tanstack/react-query';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { COMPLIANCE_DEFINITION } from '@/modules/providers/components/ComplianceHalfYearPanel';
import { providerComplianceQueryOptions } from '@/modules/providers/hooks/providerComplianceQueryOptions';
import { buildProviderStatusTable } from '@/modules/providers/utils/buildComplianceTables';
import { TablePanel } from '@/ui/TablePanel';

/** Per provider and half year: on time, late (with days) or missing. Policy staff and administrators. */
export function ProviderStatusPanel({ state }: { state: DashboardState }) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    providerComplianceQueryOptions(state),
  );
  const table = data
    ? buildProviderStatusTable(data.providerCompliance, 'Halfjaarrapportage per aanbieder')
    : null;
  return (
    <TablePanel
      title="Halfjaarrapportage per aanbieder"
      definition={COMPLIANCE_DEFINITION}
      table={table}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`rapportage-per-aanbieder-${state.from}-${state.to}`}
      emptyText="Er zijn geen aanbieders die in deze periode moesten rapporteren."
    />
  );
}
