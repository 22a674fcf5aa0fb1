import { useQuery } from '@tanstack/react-query';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { waitingTimeComplaintsQueryOptions } from '@/modules/waiting-times/hooks/waitingTimeComplaintsQueryOptions';
import { useHandlingDimension } from '@/modules/waiting-times/hooks/useHandlingDimension';
import { buildWaitingTimeShare } from '@/modules/waiting-times/utils/buildWaitingTimeShare';
import { handlingDimensions } from '@/modules/waiting-times/utils/handlingDimensions';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';
import { HiddenFigureNote } from '@/ui/HiddenFigureNote';

interface WaitingTimeSharePanelProps {
  state: DashboardState;
}

/** Container: share of complaints about waiting per domain or provider (the page's dimension select). */
export function WaitingTimeSharePanel({ state }: WaitingTimeSharePanelProps) {
  const [key] = useHandlingDimension();
  const { dimension, label: dimensionLabel } = handlingDimensions[key];
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    waitingTimeComplaintsQueryOptions(state, { dimension }),
  );
  const label = `Aandeel klachten over wachttijd in procenten, per ${dimensionLabel.toLowerCase()}`;
  const share = data
    ? buildWaitingTimeShare(data, `${label}, ${describePeriod(state)}`, dimensionLabel)
    : null;

  return (
    <ChartPanel
      title={`Klachten over wachttijd per ${dimensionLabel.toLowerCase()}`}
      definition={{
        definition:
          'Klachten (soort klacht) met als hoofdthema wachttijd of een subthema daarvan, gedeeld door alle klachten van hetzelfde domein of dezelfde organisatie in de periode, maal 100.',
        legalBasis: null,
      }}
      table={share?.table ?? null}
      chart={share && <LazyBarChart data={share.bars} label={label} />}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`klachten-over-wachttijd-per-${key}-${state.from}-${state.to}`}
      notes={share?.hasHidden && <HiddenFigureNote what="dit aandeel" />}
    />
  );
}
