import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '@/lib/format';
import { formatPeriod } from '@/modules/dashboard/utils/formatPeriod';
import { measureEffectQueryOptions } from '@/modules/measures/hooks/measureEffectQueryOptions';
import { buildEffectChart } from '@/modules/measures/utils/buildEffectChart';
import { measureAnnotations } from '@/modules/measures/utils/measureAnnotations';
import { verdictLabels } from '@/modules/measures/utils/measureLabels';
import { ChartPanel } from '@/ui/charts/ChartPanel';
import { LazyLineChart } from '@/ui/charts/LazyLineChart';
import { scalarText } from '@/ui/scalarText';

/** Rates per 1,000 are small: two decimals. */
const round = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 100) / 100;

interface MeasureEffectPanelProps {
  id: string;
}

/** The theme's complaints per 1,000 inhabitants per month on a u-chart, with the verdict in words. */
export function MeasureEffectPanel({ id }: MeasureEffectPanelProps) {
  const { data, error, isPending, refetch } = useQuery(measureEffectQueryOptions(id));
  const measure = data?.measure ?? null;
  const title = measure
    ? `Effect van "${measure.title}" op ${measure.themeLabel}`
    : 'Effect van de maatregel';
  const chart = measure ? buildEffectChart(measure.effect, `${title}, per maand`) : null;
  const annotations = measure
    ? measureAnnotations(
        [{ ...measure, effectiveOn: scalarText(measure.effectiveOn) }],
        chart?.series[0]?.points.map((point) => point.x) ?? [],
      )
    : [];
  return (
    <ChartPanel
      title={title}
      table={chart?.table ?? null}
      chart={
        chart && (
          <LazyLineChart
            series={chart.series}
            label="Klachten over het thema per 1.000 inwoners per maand, met de grenzen van normale variatie"
            formatX={(x) => formatPeriod(x, 'maand')}
            annotations={annotations}
          />
        )
      }
      notes={
        measure && (
          <>
            <p className="verdict">
              <strong>{verdictLabels[measure.effect.verdict]}.</strong> {measure.effect.explanation} De
              grenzen liggen op drie standaardafwijkingen rond het gemiddelde van vóór de maatregel (u-kaart).
            </p>
            {measure.effectPerClients && (
              <p>
                Per 1.000 cliënten van het domein: vóór{' '}
                {formatNumber(round(measure.effectPerClients.centreLine))}, na{' '}
                {formatNumber(round(measure.effectPerClients.afterRate))} per maand.{' '}
                {verdictLabels[measure.effectPerClients.verdict]}.
              </p>
            )}
          </>
        )
      }
      isLoading={isPending}
      error={error}
      onRetry={() => void refetch()}
      exportFileName={`maatregel-${id}-effect`}
    />
  );
}
