import { useQuery } from '@tanstack/react-query';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { SMALL_NUMBERS_WARNING } from '@/modules/dashboard/utils/comparisonColumns';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { dimensionDefinitions, measureDefinitions } from '@/modules/dashboard/utils/metricDefinitions';
import { themeBreakdownQueryOptions } from '@/modules/themes/hooks/themeBreakdownQueryOptions';
import { ThemeRecordLinks } from '@/modules/themes/components/ThemeRecordLinks';
import { buildThemeBreakdown } from '@/modules/themes/utils/buildThemeBreakdown';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';

interface ThemeBreakdownPanelProps {
  state: DashboardState;
}

/** Container: complaints per theme for the whole period, with the comparison columns. */
export function ThemeBreakdownPanel({ state }: ThemeBreakdownPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(themeBreakdownQueryOptions(state));
  const measure = measureDefinitions.caseCount;
  const theme = dimensionDefinitions.theme;
  const label = `${measure.label} per thema`;
  const breakdown = data ? buildThemeBreakdown(data, state, `${label}, ${describePeriod(state)}`) : null;

  return (
    <ChartPanel
      title="Klachten en signalen per thema"
      definition={{
        definition: `${measure.definition} ${theme?.definition ?? ''}`.trim(),
        legalBasis: measure.legalBasis,
      }}
      table={breakdown?.table ?? null}
      chart={breakdown && <LazyBarChart data={breakdown.bars} label={label} />}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`klachten-per-thema-${state.from}-${state.to}`}
      notes={
        <>
          {breakdown?.hasSmallNumbers && (
            <p className="notice">
              <strong>{SMALL_NUMBERS_WARNING}.</strong> Bij minder dan 10 klachten zegt een verandering
              weinig: van 2 naar 4 is geen echte verdubbeling. Kijk vooral naar de aantallen zelf.
            </p>
          )}
          {breakdown && (
            <ThemeRecordLinks
              themes={breakdown.table.rows.map((row) => ({ code: row.key, label: row.header }))}
              state={state}
            />
          )}
        </>
      }
    />
  );
}
