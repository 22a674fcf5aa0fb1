import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '@/lib/format';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { RegionalRefusal, refusalOf } from '@/modules/regionalComparison/components/RegionalRefusal';
import { RegionalViewControls } from '@/modules/regionalComparison/components/RegionalViewControls';
import { regionalComparisonQueryOptions } from '@/modules/regionalComparison/hooks/regionalComparisonQueryOptions';
import { ALL_COMPLAINTS_GROUP, useRegionalView } from '@/modules/regionalComparison/hooks/useRegionalView';
import { buildRegionalFunnel } from '@/modules/regionalComparison/utils/buildRegionalFunnel';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyFunnelChart } from '@/ui/charts/LazyFunnelChart';

const DEFINITION = {
  definition:
    'Het aantal klachten dat in de gekozen periode binnenkwam, per 1.000 inwoners van de gemeente (het gemiddelde inwonertal van de jaren in de periode). Alleen gemeenten van dezelfde regio die meedoen staan erin. De middenlijn is het cijfer van de hele regio. Een kleine gemeente heeft bij toeval grotere uitschieters; daarom zijn de grenzen breder bij minder inwoners (een trechter). De grenzen zijn de 95%- en 99,8%-grenzen, verbreed met de spreiding die er tussen gemeenten altijd is (methode van Spiegelhalter). Een gemeente buiten de grenzen is een reden om te kijken waarom, geen oordeel: gemeenten registreren klachten niet allemaal op dezelfde manier.',
  legalBasis: null,
};

const LEGEND =
  'Punten: gemeenten. Doorgetrokken lijnen: 95%-grenzen. Gestippelde lijnen: 99,8%-grenzen. Dunne zwarte lijn: het cijfer van de regio.';

/** Container: the region's complaints per 1,000 inhabitants on a funnel plot, with its table. */
export function RegionalComparisonPanel({ state }: { state: DashboardState }) {
  const [view] = useRegionalView();
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    regionalComparisonQueryOptions(state, view),
  );
  const refusal = refusalOf(error);
  const comparison = data?.regionalComparison;
  const groups = comparison?.groups ?? [];
  const group =
    groups.find((candidate) => candidate.code === view.group) ??
    groups.find((g) => g.code === ALL_COMPLAINTS_GROUP);
  const period = comparison ? `${comparison.from} tot en met ${comparison.to}` : '';
  const built =
    comparison && group
      ? buildRegionalFunnel(
          group,
          `Klachten per 1.000 inwoners, ${group.label}, ${comparison.region}, ${period}`,
        )
      : null;
  const regional = group?.regionalRate ?? null;
  const summary =
    built && comparison && group
      ? `Trechterplot: klachten per 1.000 inwoners tegen het aantal inwoners, ${group.label}, voor ${comparison.municipalities.length} gemeenten in ${comparison.region}. De regio heeft ${regional === null ? 'geen cijfer' : `${formatNumber(Math.round(regional * 100) / 100)} klachten per 1.000 inwoners`}; ${built.outside} ${built.outside === 1 ? 'gemeente ligt' : 'gemeenten liggen'} buiten de 95%-grenzen. De cijfers staan in de tabel.`
      : '';
  if (refusal) return <RegionalRefusal reason={refusal} />;
  return (
    <>
      <RegionalViewControls groups={groups} />
      <ChartPanel
        title={group ? `Klachten per 1.000 inwoners: ${group.label}` : 'Klachten per 1.000 inwoners'}
        definition={DEFINITION}
        table={built?.table ?? null}
        chart={
          built && (
            <LazyFunnelChart
              points={built.points}
              curve={built.curve}
              centre={regional ?? 0}
              summary={summary}
              xLabel="Aantal inwoners"
              yLabel="Klachten per 1.000 inwoners"
              legend={LEGEND}
              xIsMeasure
            />
          )
        }
        isLoading={isPending}
        error={error}
        onRetry={() => void refetch()}
        isRefreshing={isPlaceholderData}
        exportFileName={`regio-klachten-per-1000-inwoners-${view.group}`}
        notes={
          comparison && group ? (
            <p>
              De gemeenten staan op alfabet, niet op volgorde van hun cijfer. Spreiding tussen de gemeenten
              (φ): {formatNumber(Math.round(group.overdispersion * 100) / 100)}; de grenzen zijn daarom{' '}
              {formatNumber(Math.round(Math.sqrt(group.overdispersion) * 100) / 100)} keer zo breed als bij
              alleen toeval.
              {comparison.protectedCounts &&
                ' Om privacy te beschermen zijn de aantallen licht verstoord en kleine aantallen weggelaten.'}
            </p>
          ) : null
        }
      />
    </>
  );
}
