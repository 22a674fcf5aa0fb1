import { useQuery } from '@tanstack/react-query';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { upheldMeasuresQueryOptions } from '@/modules/outcomes/hooks/upheldMeasuresQueryOptions';
import { buildUpheldMeasures } from '@/modules/outcomes/utils/buildUpheldMeasures';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';
import { formatNumber } from '@/lib/format';

interface UpheldMeasuresPanelProps {
  state: DashboardState;
}

/** Container: the remedies (measures) taken for upheld complaints. */
export function UpheldMeasuresPanel({ state }: UpheldMeasuresPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(upheldMeasuresQueryOptions(state));
  const label = 'Gegronde klachten per maatregel';
  const result = data ? buildUpheldMeasures(data, `${label}, ${describePeriod(state)}`) : null;
  const upheld = data?.upheldComplaintMeasures.upheld;
  return (
    <ChartPanel
      title="Maatregelen na gegronde klachten"
      definition={{
        definition:
          'Voor (deels) gegronde klachten: welke maatregel de organisatie nam, zoals excuses of een aangepaste werkwijze. Eén klacht kan meer maatregelen hebben, dus de percentages kunnen samen meer dan 100% zijn. "Geen maatregel": gegrond, maar niets vastgelegd.',
        legalBasis: 'Awb art. 9:12',
      }}
      table={result?.table ?? null}
      chart={result && <LazyBarChart data={result.bars} label={label} />}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`maatregelen-gegronde-klachten-${state.from}-${state.to}`}
      notes={
        upheld && (
          <p className="muted">
            Gegronde klachten in deze periode:{' '}
            {upheld.suppressed ? 'niet getoond (kleine aantallen)' : formatNumber(upheld.value ?? 0)}.
          </p>
        )
      }
    />
  );
}
