import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { breakdownQueryOptions } from '@/modules/breakdowns/hooks/breakdownQueryOptions';
import { useBreakdownDimension } from '@/modules/breakdowns/hooks/useBreakdownDimension';
import { breakdownDimensions, type BreakdownKey } from '@/modules/breakdowns/utils/breakdownDimensions';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { buildCountBreakdown } from '@/modules/dashboard/utils/buildCountBreakdown';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { measureDefinitions } from '@/modules/dashboard/utils/metricDefinitions';
import { NeighbourhoodMapPanel } from '@/modules/neighbourhoodMap/components/NeighbourhoodMapPanel';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';

interface BreakdownPanelProps {
  state: DashboardState;
}

/** Container: complaints and signals per channel, submitter, kind or neighbourhood (`?verdeling=`). */
export function BreakdownPanel({ state }: BreakdownPanelProps) {
  const id = useId();
  const [key, setKey] = useBreakdownDimension();
  const { dimension, label: dimensionLabel, definition } = breakdownDimensions[key];
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    breakdownQueryOptions(state, dimension),
  );
  const measure = measureDefinitions.caseCount;
  const label = `${measure.label} per ${dimensionLabel.toLowerCase()}`;
  const result = data
    ? buildCountBreakdown(data, state, dimension, `${label}, ${describePeriod(state)}`, dimensionLabel)
    : null;
  return (
    <>
      <div className="form__field">
        <label htmlFor={id}>Klachten en signalen verdelen naar</label>
        <select id={id} value={key} onChange={(event) => setKey(event.target.value as BreakdownKey)}>
          {(Object.keys(breakdownDimensions) as BreakdownKey[]).map((option) => (
            <option key={option} value={option}>
              {breakdownDimensions[option].label}
            </option>
          ))}
        </select>
      </div>
      <ChartPanel
        title={`Klachten en signalen per ${dimensionLabel.toLowerCase()}`}
        definition={{ definition: `${measure.definition} ${definition}`, legalBasis: measure.legalBasis }}
        table={result?.table ?? null}
        chart={result && <LazyBarChart data={result.bars} label={label} />}
        isLoading={isPending}
        error={error}
        onRetry={() => void refetch()}
        isRefreshing={isPlaceholderData}
        exportFileName={`klachten-per-${key}-${state.from}-${state.to}`}
      />
      {key === 'wijk' && <NeighbourhoodMapPanel state={state} />}
    </>
  );
}
