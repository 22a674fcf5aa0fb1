import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '@/lib/format';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { clientRatesQueryOptions, clientRatesYear } from '@/modules/providers/hooks/clientRatesQueryOptions';
import { buildClientRateFunnel } from '@/modules/providers/utils/buildClientRateFunnel';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyFunnelChart } from '@/ui/charts/LazyFunnelChart';

const DEFINITION = {
  definition:
    'Het aantal klachten en signalen over een zorgaanbieder in een kalenderjaar, per 1.000 cliënten van die aanbieder in dat jaar. De gemeente levert het aantal cliënten per aanbieder aan. Een kleine aanbieder heeft bij toeval grotere uitschieters; daarom zijn de grenzen breder bij weinig cliënten (een trechter). De lijnen liggen 2 en 3 standaardafwijkingen rond het gemiddelde van alle aanbieders (Poisson-verdeling). Het interval in de tabel geeft aan waar het echte aantal per 1.000 cliënten met 95% zekerheid ligt. Een aanbieder boven de grens is een reden om door te vragen, geen oordeel.',
  legalBasis: null,
};

/** Container: complaints per 1,000 clients per provider on a funnel plot (issue 18). */
export function ProviderClientRatesPanel({ state }: { state: DashboardState }) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(clientRatesQueryOptions(state));
  const year = clientRatesYear(state);
  const built = data
    ? buildClientRateFunnel(data, `Klachten per 1.000 cliënten per aanbieder, ${year}`)
    : null;
  const funnel = built?.funnel;
  const outside = funnel?.points.filter((point) => point.position !== 'binnen').length ?? 0;
  const summary = funnel
    ? `Trechterplot: klachten per 1.000 cliënten tegen het aantal cliënten per aanbieder in ${year}, gemiddeld ${formatNumber(Math.round(funnel.centre * 10) / 10)} per 1.000 cliënten. ${funnel.points.length} aanbieders, waarvan ${outside} buiten de grenzen van 2 standaardafwijkingen. De cijfers staan in de tabel.`
    : '';
  return (
    <ChartPanel
      title="Klachten per 1.000 cliënten per aanbieder"
      definition={DEFINITION}
      table={built?.table ?? null}
      chart={
        funnel &&
        funnel.mode === 'rate' && (
          <LazyFunnelChart
            points={funnel.points}
            centre={funnel.centre}
            summary={summary}
            xLabel="Aantal cliënten"
            yLabel="Klachten per 1.000 cliënten"
            xIsMeasure
          />
        )
      }
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`klachten-per-1000-clienten-${year}`}
      notes={
        data && data.clientRates.byProvider.length === 0 ? null : (
          <p>
            Cliëntaantallen zijn per kalenderjaar: deze vergelijking gaat over {year}, het jaar waarin de
            gekozen periode eindigt.
          </p>
        )
      }
    />
  );
}
