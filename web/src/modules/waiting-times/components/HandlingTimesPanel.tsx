import { useQuery } from '@tanstack/react-query';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { handlingTimesQueryOptions } from '@/modules/waiting-times/hooks/handlingTimesQueryOptions';
import { useHandlingDimension } from '@/modules/waiting-times/hooks/useHandlingDimension';
import { useOpenAsOf } from '@/modules/waiting-times/hooks/useOpenAsOf';
import { buildHandlingTimes } from '@/modules/waiting-times/utils/buildHandlingTimes';
import { describeOpenAsOf } from '@/modules/waiting-times/utils/describeOpenAsOf';
import { handlingDimensions } from '@/modules/waiting-times/utils/handlingDimensions';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyBarChart } from '@/ui/charts/LazyBarChart';
import { HiddenFigureNote } from '@/ui/HiddenFigureNote';

interface HandlingTimesPanelProps {
  state: DashboardState;
}

/** Container: complaint handling times against Awb 9:11 per domain or provider. */
export function HandlingTimesPanel({ state }: HandlingTimesPanelProps) {
  const [key] = useHandlingDimension();
  const [asOf] = useOpenAsOf();
  const { dimension, label: dimensionLabel } = handlingDimensions[key];
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    handlingTimesQueryOptions(state, dimension, asOf),
  );
  const label = `Percentage klachten binnen de termijn afgehandeld, per ${dimensionLabel.toLowerCase()}`;
  const openAsOf = `Nog open geteld ${describeOpenAsOf(asOf)}`;
  const result = data
    ? buildHandlingTimes(data, `${label}, ${describePeriod(state)}. ${openAsOf}.`, dimensionLabel)
    : null;
  const norm = data?.handlingTimes.norm;

  return (
    <ChartPanel
      title="Afhandeltijd van klachten tegenover de wettelijke termijn"
      definition={{
        definition: norm
          ? `${norm.label}. De termijn is ${norm.termDays} dagen${norm.committeeTermDays ? `, ${norm.committeeTermDays} dagen met een klachtadviescommissie` : ''}, plus een eventuele verlenging. Mediaan en "90% binnen" zijn kalenderdagen van ontvangst tot afhandeling. "Nog open, over termijn": nog niet afgehandeld en de termijn is al voorbij. ${norm.dataNote}`
          : 'Afhandeltijd van klachten in kalenderdagen, gemeten tegen de wettelijke termijn.',
        legalBasis: norm?.legalBasis ?? 'Awb art. 9:11',
      }}
      table={result?.table ?? null}
      chart={result && <LazyBarChart data={result.bars} label={label} />}
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`afhandeltijden-klachten-per-${key}-${state.from}-${state.to}${asOf ? `-peildatum-${asOf}` : ''}`}
      notes={
        <>
          <p>{openAsOf}.</p>
          {result?.hasHidden && <HiddenFigureNote what="dit percentage of aantal dagen" />}
        </>
      }
    />
  );
}
