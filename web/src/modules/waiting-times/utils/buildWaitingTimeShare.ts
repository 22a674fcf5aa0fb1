import type { WaitingTimeComplaintsQuery } from '@/generated/graphql';
import type { ChartPoint } from '@/ui/charts/chartTypes';
import { derivedCell } from '@/ui/table/derivedCell';
import type { TableData } from '@/ui/table/tableData';

/** Share of waiting-time complaints per member (highest first, withheld last), as bars and a table. */
export function buildWaitingTimeShare(
  data: WaitingTimeComplaintsQuery,
  caption: string,
  rowHeaderLabel: string,
): { bars: ChartPoint[]; table: TableData; hasHidden: boolean } {
  const rows = [...data.waitingTimeComplaints.rows].sort(
    (a, b) =>
      (b.waitingTimeShare.value ?? -1) - (a.waitingTimeShare.value ?? -1) ||
      (a.label ?? '').localeCompare(b.label ?? '', 'nl'),
  );
  const name = (row: (typeof rows)[number]) => row.label ?? row.code ?? 'Onbekend';
  return {
    bars: rows.map((row) => ({
      x: name(row),
      y: row.waitingTimeShare.value ?? null,
      suppressed: row.waitingTimeShare.suppressed,
    })),
    hasHidden: rows.some((row) => row.waitingTimeShare.suppressed),
    table: {
      caption,
      rowHeaderLabel,
      columns: [
        { key: 'complaints', label: 'Klachten' },
        { key: 'waiting', label: 'Over wachttijd' },
        { key: 'share', label: 'Aandeel over wachttijd' },
      ],
      rows: rows.map((row) => ({
        key: row.code ?? name(row),
        header: name(row),
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
