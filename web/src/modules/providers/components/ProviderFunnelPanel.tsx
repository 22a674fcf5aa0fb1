import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '@/lib/format';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { describePeriod } from '@/modules/dashboard/utils/describePeriod';
import { providerComplaintsQueryOptions } from '@/modules/providers/hooks/providerComplaintsQueryOptions';
import { buildFunnelTable } from '@/modules/providers/utils/buildFunnelTable';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyFunnelChart } from '@/ui/charts/LazyFunnelChart';

const FUNNEL_DEFINITION = {
  definition:
    'Het aantal klachten en signalen over elke zorgaanbieder in de gekozen periode, vergeleken met het gemiddelde van alle aanbieders. Wij maken geen ranglijst: een verschil kan toeval zijn. De lijnen geven aan hoeveel toeval er gewoonlijk is: 2 en 3 standaardafwijkingen rond het gemiddelde (Poisson-verdeling). Let op: hier vergelijken wij aantallen, geen aantallen per cliënt. Een grote aanbieder heeft meer cliënten en dus meestal meer klachten. Een aanbieder boven de grens is dus een reden om door te vragen, geen oordeel. De grafiek “Klachten per 1.000 cliënten per aanbieder” houdt rekening met de grootte, voor aanbieders waarvan de gemeente het aantal cliënten aanlevert. Klachten over de gemeente zelf tellen niet mee. Kleine aantallen die niet worden getoond, tellen ook niet mee in het gemiddelde.',
  legalBasis: null,
};

/** Container: complaints per provider against control limits around the mean (features.md row 22). */
export function ProviderFunnelPanel({ state }: { state: DashboardState }) {
  const { data, error, isPending, isPlaceholderData, refetch } = useQuery(
    providerComplaintsQueryOptions(state),
  );
  const built = data
    ? buildFunnelTable(data, `Klachten en signalen per aanbieder, ${describePeriod(state)}`)
    : null;
  const funnel = built?.funnel;
  const outside = funnel?.points.filter((point) => point.position !== 'binnen').length ?? 0;
  const summary = funnel
    ? `Spreidingsdiagram: klachten en signalen per aanbieder tegen het gemiddelde van ${formatNumber(Math.round(funnel.centre))}. ${funnel.points.length} aanbieders, waarvan ${outside} buiten de grenzen van 2 standaardafwijkingen. De cijfers staan in de tabel.`
    : '';
  return (
    <ChartPanel
      title="Klachten per aanbieder, eerlijk vergeleken"
      definition={FUNNEL_DEFINITION}
      table={built?.table ?? null}
      chart={
        funnel && (
          <LazyFunnelChart
            points={funnel.points}
            centre={funnel.centre}
            summary={summary}
            xLabel={funnel.mode === 'rate' ? 'Aantal cliënten' : 'Aanbieders, van weinig naar veel klachten'}
            yLabel={funnel.mode === 'rate' ? 'Klachten per 1.000 cliënten' : 'Klachten en signalen'}
            xIsMeasure={funnel.mode === 'rate'}
          />
        )
      }
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      isRefreshing={isPlaceholderData}
      exportFileName={`klachten-per-aanbieder-${state.from}-${state.to}`}
      notes={
        funnel && funnel.excluded > 0 ? (
          <p className="notice">
            {funnel.excluded} {funnel.excluded === 1 ? 'aanbieder heeft' : 'aanbieders hebben'} minder dan 5
            klachten en
            {funnel.excluded === 1 ? ' staat' : ' staan'} niet in de grafiek.
          </p>
        ) : null
      }
    />
  );
}
