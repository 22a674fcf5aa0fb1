import type { ThermometerQuery } from '@/generated/graphql';
import { formatQuarter } from '@/modules/thermometer/utils/formatQuarter';
import type { ChartSeries } from '@/ui/charts/chartTypes';
import type { TableData } from '@/ui/table/tableData';

type Domain = ThermometerQuery['thermometer']['domains'][number];

/** Complaints of the last 8 quarters (oldest first) as a line and the matching table. */
export function buildDomainTrend(
  domain: Domain,
  caption: string,
): { series: ChartSeries[]; table: TableData } {
  return {
    series: [
      {
        name: 'Aantal klachten',
        points: domain.trend.map((point) => ({
          x: point.quarter,
          y: point.count ?? null,
          suppressed: point.suppressed,
        })),
      },
    ],
    table: {
      caption,
      rowHeaderLabel: 'Kwartaal',
      columns: [
        { key: 'count', label: 'Aantal klachten' },
        { key: 'rate', label: 'Per 1.000 inwoners' },
      ],
      rows: domain.trend.map((point) => ({
        key: point.quarter,
        header: formatQuarter(point.quarter),
        cells: [
          { kind: 'value', value: point.count ?? null, suppressed: point.suppressed, format: 'number' },
          { kind: 'value', value: point.ratePer1000 ?? null, suppressed: point.suppressed, format: 'number' },
        ],
      })),
    },
  };
}
