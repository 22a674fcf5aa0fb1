import type { MeasureEffectQuery } from '@/generated/graphql';
import { formatPeriod } from '@/modules/dashboard/utils/formatPeriod';
import type { ChartSeries } from '@/ui/charts/chartTypes';
import { scalarText } from '@/ui/scalarText';
import type { TableData } from '@/ui/table/tableData';

type Effect = NonNullable<MeasureEffectQuery['measure']>['effect'];

/** The u-chart as three lines (rate, upper and lower limit) and the table behind it. */
export function buildEffectChart(
  effect: Effect,
  caption: string,
): { series: ChartSeries[]; table: TableData } {
  const points = effect.points.map((point) => ({ ...point, period: scalarText(point.period) ?? '' }));
  const line = (name: string, pick: (point: (typeof points)[number]) => number | null): ChartSeries => ({
    name,
    points: points.map((point) => ({ x: point.period, y: pick(point), suppressed: point.count === null })),
  });
  return {
    series: [
      line('Klachten per 1.000 inwoners', (point) => point.rate),
      line('Bovengrens', (point) => point.upperLimit),
      line('Ondergrens', (point) => point.lowerLimit),
    ],
    table: {
      caption,
      rowHeaderLabel: 'Maand',
      columns: [
        { key: 'count', label: 'Aantal' },
        { key: 'rate', label: 'Per 1.000 inwoners' },
        { key: 'lower', label: 'Ondergrens' },
        { key: 'upper', label: 'Bovengrens' },
        { key: 'phase', label: 'Vóór of na' },
        { key: 'beyond', label: 'Buiten de grenzen' },
      ],
      rows: points.map((point) => ({
        key: point.period,
        header: formatPeriod(point.period, 'maand'),
        cells: [
          { kind: 'value', value: point.count ?? null, suppressed: point.count === null, format: 'number' },
          { kind: 'value', value: point.rate ?? null, suppressed: point.count === null, format: 'number' },
          { kind: 'value', value: point.lowerLimit ?? null, suppressed: false, format: 'number' },
          { kind: 'value', value: point.upperLimit ?? null, suppressed: false, format: 'number' },
          { kind: 'text', text: point.after ? 'Na de maatregel' : 'Vóór de maatregel' },
          { kind: 'text', text: point.beyondLimits ? 'Ja' : 'Nee' },
        ],
      })),
    },
  };
}
