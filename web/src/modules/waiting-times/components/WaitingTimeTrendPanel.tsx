import { useQuery } from '@tanstack/react-query';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { formatPeriod } from '@/modules/dashboard/utils/formatPeriod';
import { waitingTimeComplaintsQueryOptions } from '@/modules/waiting-times/hooks/waitingTimeComplaintsQueryOptions';
import { buildWaitingTimeTrend } from '@/modules/waiting-times/utils/buildWaitingTimeTrend';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyLineChart } from '@/ui/charts/LazyLineChart';
import { HiddenFigureNote } from '@/ui/HiddenFigureNote';

interface WaitingTimeTrendPanelProps {
  state: DashboardState;
}

/** Container: share of complaints about waiting, per bucket of the chosen interval. */
export function WaitingTimeTrendPanel({ state }: WaitingTimeTrendPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    waitingTimeComplaintsQueryOptions(state, { timeSeries: true }),
  );
  const label = 'Aandeel klachten over wachttijd in procenten';
  const trend = data
    ? buildWaitingTimeTrend(data, state.interval, `${label}, ${describePeriod(state)}`)
    : null;

  return (
    <ChartPanel
      title="Klachten over wachttijd"
      definition={{
        definition:
          'Klachten (soort klacht) met als hoofdthema wachttijd of een subthema daarvan, zoals wachttijd voor toegang of de wachtlijst jeugd-ggz. Het aandeel is dat aantal gedeeld door alle klachten in dezelfde periode, maal 100.',
        legalBasis: null,
      }}
      table={trend?.table ?? null}
      chart={
        trend && (
          <LazyLineChart
            series={trend.series}
            label={label}
            formatX={(x) => formatPeriod(x, state.interval)}
          />
        )
      }
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`klachten-over-wachttijd-${state.from}-${state.to}`}
      notes={trend?.hasHidden && <HiddenFigureNote what="dit aandeel" />}
    />
  );
}
