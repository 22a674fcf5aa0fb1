import { useQuery } from '@tanstack/react-query';
import { chainQueryOptions } from '@/modules/chain/hooks/chainQueryOptions';
import { buildChainTransitions } from '@/modules/chain/utils/buildChainTransitions';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';
import { HiddenFigureNote } from '@/ui/HiddenFigureNote';

interface ChainTransitionsPanelProps {
  state: DashboardState;
}

/** Container: how many citizens went on to a next line (counts only, never who). */
export function ChainTransitionsPanel({ state }: ChainTransitionsPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(chainQueryOptions(state));
  const label = 'Aantal inwoners dat doorging naar een volgende lijn';
  const transitions = data ? buildChainTransitions(data, `${label}, ${describePeriod(state)}`) : null;
  const windowDays = data?.chain.windowDays ?? 365;

  return (
    <ChartPanel
      title="Inwoners die verder gingen in de keten"
      definition={{
        definition: `Inwoners met een klacht in de eerste lijn in de periode, en hoeveel van hen binnen ${windowDays} dagen ook een klacht hadden in de volgende lijn. We tellen met een schuilnaam: we weten niet wie het is, en tonen alleen aantallen. Bronnen zonder schuilnaam (de meeste halfjaarrapportages van aanbieders) tellen niet mee.`,
        legalBasis:
          'Awb hoofdstuk 9 (de ombudsman behandelt een klacht meestal pas na de interne klachtbehandeling)',
      }}
      table={transitions?.table ?? null}
      chart={transitions && <LazyBarChart data={transitions.bars} label={label} />}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`keten-doorstroom-${state.from}-${state.to}`}
      notes={transitions?.hasHidden && <HiddenFigureNote what="dit percentage" />}
    />
  );
}
