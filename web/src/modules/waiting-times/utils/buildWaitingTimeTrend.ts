import type { WaitingTimeComplaintsQuery } from '@/generated/graphql';
import type { Interval } from '@/modules/dashboard/dashboardState';
import { formatPeriod } from '@/modules/dashboard/utils/formatPeriod';
import type { ChartSeries } from '@/ui/charts/chartTypes';
import { derivedCell } from '@/ui/table/derivedCell';
import type { TableData } from '@/ui/table/tableData';

/** Share of waiting-time complaints per bucket as a line, with counts and share in the table. */
export function buildWaitingTimeTrend(
  data: WaitingTimeComplaintsQuery,
  interval: Interval,
  caption: string,
): { series: ChartSeries[]; table: TableData; hasHidden: boolean } {
  const buckets = data.waitingTimeComplaints.totals.filter(
    (row): row is typeof row & { period: string } => row.period !== null && row.period !== undefined,
  );
  return {
    series: [
      {
        name: 'Aandeel over wachttijd (%)',
        points: buckets.map((row) => ({
          x: row.period,
          y: row.waitingTimeShare.value ?? null,
          suppressed: row.waitingTimeShare.suppressed,
        })),
      },
    ],
    hasHidden: buckets.some((row) => row.waitingTimeShare.suppressed),
    table: {
      caption,
      rowHeaderLabel: 'Periode',
      columns: [
        { key: 'complaints', label: 'Klachten' },
        { key: 'waiting', label: 'Over wachttijd' },
        { key: 'share', label: 'Aandeel over wachttijd' },
      ],
      rows: buckets.map((row) => ({
        key: row.period,
        header: `${formatPeriod(row.period, interval)}${row.complete ? '' : ' (nog niet compleet)'}`,
        cells: [
          {
            kind: 'value',
            value: row.complaints.value ?? null,
            suppressed: row.complaints.suppressed,
            format: 'number',
          },
          {
            kind: 'value',
            value: row.waitingTime.value ?? null,
            suppressed: row.waitingTime.suppressed,
            format: 'number',
          },
          derivedCell(row.waitingTimeShare, 'percent', 0.01),
        ],
      })),
    },
  };
}
