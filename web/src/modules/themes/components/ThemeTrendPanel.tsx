import { useQuery } from '@tanstack/react-query';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { formatPeriod } from '@/modules/dashboard/utils/formatPeriod';
import { measureDefinitions } from '@/modules/dashboard/utils/metricDefinitions';
import { themeTrendQueryOptions } from '@/modules/themes/hooks/themeTrendQueryOptions';
import { buildThemeTrend } from '@/modules/themes/utils/buildThemeTrend';
import { measuresQueryOptions } from '@/modules/measures/hooks/measuresQueryOptions';
import { measureAnnotations } from '@/modules/measures/utils/measureAnnotations';
import { scalarText } from '@/ui/scalarText';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyLineChart } from '@/ui/charts/LazyLineChart';

interface ThemeTrendPanelProps {
  state: DashboardState;
}

const intervalWords = {
  week: 'week',
  maand: 'maand',
  kwartaal: 'kwartaal',
  halfjaar: 'halfjaar',
  jaar: 'jaar',
};

/** Container (style rule 10): the trend query, shaped into the line chart and its table. */
export function ThemeTrendPanel({ state }: ThemeTrendPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(themeTrendQueryOptions(state));
  const measure = measureDefinitions.caseCount;
  const label = `${measure.label} per ${intervalWords[state.interval]}`;
  const trend = data ? buildThemeTrend(data, state, `${label}, ${describePeriod(state)}`) : null;
  const measures = useQuery(measuresQueryOptions()).data?.measures ?? [];
  const annotations = measureAnnotations(
    measures.map((measure) => ({ ...measure, effectiveOn: scalarText(measure.effectiveOn) })),
    trend?.series[0]?.points.map((point) => point.x) ?? [],
  );

  return (
    <ChartPanel
      title="Ontwikkeling van het aantal klachten en signalen"
      definition={measure}
      table={trend?.table ?? null}
      chart={
        trend && (
          <LazyLineChart
            series={trend.series}
            label={label}
            formatX={(x) => trend.axisLabels[x] ?? formatPeriod(x, state.interval)}
            annotations={annotations}
          />
        )
      }
      notes={
        annotations.length > 0 && (
          <ul className="chart-annotations" aria-label="Maatregelen in deze periode">
            {annotations.map((annotation) => (
              <li key={`${annotation.x}-${annotation.label}`}>
                {annotation.label}, vanaf {formatPeriod(annotation.x, state.interval)}
              </li>
            ))}
          </ul>
        )
      }
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`klachten-per-${intervalWords[state.interval]}-${state.from}-${state.to}`}
    />
  );
}
