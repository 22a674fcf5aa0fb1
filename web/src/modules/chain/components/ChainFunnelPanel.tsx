import { useQuery } from '@tanstack/react-query';
import { formatPercent, SUPPRESSED_EXPLANATION } from '@/lib/format';
import { chainQueryOptions } from '@/modules/chain/hooks/chainQueryOptions';
import { buildChainFunnel } from '@/modules/chain/utils/buildChainFunnel';
import { chainDefinition } from '@/modules/chain/utils/chainDefinition';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';

interface ChainFunnelPanelProps {
  state: DashboardState;
}

/** Container: complaints per line of the chain, objections beside it, and the escalation rate. */
export function ChainFunnelPanel({ state }: ChainFunnelPanelProps) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(chainQueryOptions(state));
  const label = 'Aantal klachten per lijn in de keten';
  const funnel = data ? buildChainFunnel(data, `${label}, ${describePeriod(state)}`) : null;
  const rate = data?.chain.escalationRate;

  return (
    <ChartPanel
      title="Klachten per lijn in de keten"
      definition={chainDefinition}
      table={funnel?.table ?? null}
      chart={funnel && <LazyBarChart data={funnel.bars} label={label} />}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`keten-${state.from}-${state.to}`}
      notes={
        rate && (
          <p>
            <strong>Escalatiegraad: </strong>
            {rate.suppressed
              ? `niet getoond. ${SUPPRESSED_EXPLANATION}`
              : `${formatPercent(rate.value === null || rate.value === undefined ? null : rate.value / 100)}. Zoveel klachten kwamen bij de ombudsman, vergeleken met het aantal klachten bij de gemeente.`}
          </p>
        )
      }
    />
  );
}
