import { useQuery } from '@tanstack/react-query';
import type { HandlingTimeFamily } from '@/generated/graphql';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { outcomesQueryOptions } from '@/modules/outcomes/hooks/outcomesQueryOptions';
import { buildIntervalRates, type IntervalRateSpec } from '@/modules/outcomes/utils/buildIntervalRates';
import { outcomeDimensions, type OutcomeDimensionKey } from '@/modules/outcomes/utils/outcomeDimensions';
import type { OutcomeRow } from '@/modules/outcomes/utils/outcomeRateSpecs';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import type { MetricDefinition } from '@/ui/charts/DefinitionDisclosure';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';

interface OutcomeRatePanelProps {
  state: DashboardState;
  family: HandlingTimeFamily;
  dimensionKey: OutcomeDimensionKey;
  spec: IntervalRateSpec<OutcomeRow>;
  title: string;
  /** What the bars show, e.g. "Percentage gegronde klachten"; the breakdown is added to it. */
  label: string;
  definition: MetricDefinition;
  exportName: string;
}

/** Container: one outcome rate with its 95 % interval per member of a breakdown. */
export function OutcomeRatePanel({
  state,
  family,
  dimensionKey,
  spec,
  title,
  label,
  definition,
  exportName,
}: OutcomeRatePanelProps) {
  const { dimension, label: dimensionLabel } = outcomeDimensions[dimensionKey];
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    outcomesQueryOptions(state, family, dimension),
  );
  const chartLabel = `${label}, per ${dimensionLabel.toLowerCase()}`;
  const result = data
    ? buildIntervalRates(data.outcomes.rows, spec, `${chartLabel}, ${describePeriod(state)}`, dimensionLabel)
    : null;
  return (
    <ChartPanel
      title={title}
      definition={definition}
      table={result?.table ?? null}
      chart={result && <LazyBarChart data={result.bars} label={chartLabel} />}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`${exportName}-per-${dimensionKey}-${state.from}-${state.to}`}
      notes={
        <>
          <p className="muted">
            De streep om elke staaf is het 95%-betrouwbaarheidsinterval (Wilson): bij weinig beslissingen is
            het percentage onzeker en is de streep lang.
          </p>
          {result?.hasHidden && (
            <p className="muted">
              <strong>niet getoond</strong>: dit percentage rust op kleine aantallen en wordt niet getoond om
              privacy te beschermen.
            </p>
          )}
        </>
      }
    />
  );
}
