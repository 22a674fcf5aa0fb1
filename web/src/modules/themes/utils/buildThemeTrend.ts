import type { MetricsQuery } from '@/generated/graphql';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { comparisonCells, comparisonColumns } from '@/modules/dashboard/utils/comparisonColumns';
import { coverageSuffix, describeCoverage } from '@/modules/dashboard/utils/describeCoverage';
import { formatPeriod } from '@/modules/dashboard/utils/formatPeriod';
import type { ChartSeries } from '@/ui/charts/chartTypes';
import type { TableData } from '@/ui/table/tableData';

export interface ThemeTrend {
  table: TableData;
  series: ChartSeries[];
  /** Axis label per bucket: the period, and "(voorlopig)" or "(nog niet geleverd)" where so. */
  axisLabels: Record<string, string>;
}

/** The caseCount series per bucket (API totals) as chart series and the matching table. */
export function buildThemeTrend(data: MetricsQuery, state: DashboardState, caption: string): ThemeTrend {
  const buckets = data.metrics.totals
    .filter((row): row is typeof row & { period: string } => row.period !== null)
    .map((row) => ({ row, value: row.values.find((value) => value.measure === 'caseCount') }));
  const label = (period: string, complete: boolean) =>
    `${formatPeriod(period, state.interval)}${complete ? '' : ' (nog niet compleet)'}`;
  const notDelivered = (row: (typeof buckets)[number]['row']) =>
    row.coverage.completeness === 'nog_niet_geleverd';

  const series: ChartSeries[] = [
    {
      name: 'Aantal',
      points: buckets.map(({ row, value }) => ({
        x: row.period,
        y: value?.value ?? null,
        suppressed: value?.suppressed ?? false,
      })),
    },
  ];
  if (state.compare !== 'geen') {
    series.push({
      name: 'Vergelijkingsperiode',
      points: buckets.map(({ row, value }) => ({
        x: row.period,
        y: value?.previousValue ?? null,
        suppressed: value?.previousSuppressed ?? false,
      })),
    });
  }

  const table: TableData = {
    caption,
    rowHeaderLabel: 'Periode',
    columns: [
      { key: 'value', label: 'Aantal' },
      ...comparisonColumns(state.compare, 'count'),
      { key: 'coverage', label: 'Geleverd' },
    ],
    rows: buckets.map(({ row, value }) => ({
      key: row.period,
      header: label(row.period, row.complete),
      cells: [
        notDelivered(row)
          ? { kind: 'text', text: 'nog niet geleverd' }
          : {
              kind: 'value',
              value: value?.value ?? null,
              suppressed: value?.suppressed ?? false,
              format: 'number',
            },
        ...comparisonCells(state.compare, 'count', value),
        { kind: 'text', text: describeCoverage(row.coverage) },
      ],
    })),
  };
  const axisLabels = Object.fromEntries(
    buckets.map(({ row }) => [
      row.period,
      `${formatPeriod(row.period, state.interval)}${coverageSuffix(row.coverage)}`,
    ]),
  );
  return { table, series, axisLabels };
}
