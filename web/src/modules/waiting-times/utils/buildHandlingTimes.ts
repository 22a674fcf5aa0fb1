import type { HandlingTimesQuery } from '@/generated/graphql';
import { describeOpenAsOf } from '@/modules/waiting-times/utils/describeOpenAsOf';
import type { ChartPoint } from '@/ui/charts/chartTypes';
import { derivedCell } from '@/ui/table/derivedCell';
import type { TableCell, TableData } from '@/ui/table/tableData';

export interface HandlingTimes {
  table: TableData;
  bars: ChartPoint[];
  /** Some percentage or duration was withheld ("niet getoond"). */
  hasHidden: boolean;
}

type Value = { value?: number | null; suppressed: boolean };
const count = (v: Value): TableCell => ({
  kind: 'value',
  value: v.value ?? null,
  suppressed: v.suppressed,
  format: 'number',
});

/**
 * Per member: % within term as bars (highest first, withheld ones last) and the full table
 * (received, closed, median, p90, % within, % beyond, % extended, open beyond term).
 */
export function buildHandlingTimes(
  data: HandlingTimesQuery,
  caption: string,
  rowHeaderLabel: string,
): HandlingTimes {
  const rows = [...data.handlingTimes.rows].sort(
    (a, b) =>
      (b.withinTermPercentage.value ?? -1) - (a.withinTermPercentage.value ?? -1) ||
      (a.label ?? '').localeCompare(b.label ?? '', 'nl'),
  );
  const derived = (row: (typeof rows)[number]) => [
    row.medianDays,
    row.p90Days,
    row.withinTermPercentage,
    row.beyondTermPercentage,
    row.extendedPercentage,
  ];
  return {
    bars: rows.map((row) => ({
      x: row.label ?? row.code ?? 'Onbekend',
      y: row.withinTermPercentage.value ?? null,
      suppressed: row.withinTermPercentage.suppressed,
    })),
    hasHidden: rows.some((row) => derived(row).some((value) => value.suppressed)),
    table: {
      caption,
      rowHeaderLabel,
      columns: [
        { key: 'received', label: 'Ontvangen' },
        { key: 'closed', label: 'Afgehandeld' },
        { key: 'median', label: 'Mediaan (dagen)' },
        { key: 'p90', label: '90% binnen (dagen)' },
        { key: 'within', label: 'Binnen termijn' },
        { key: 'beyond', label: 'Over termijn' },
        { key: 'extended', label: 'Verlengd' },
        {
          key: 'openBeyond',
          label: `Nog open, over termijn (${describeOpenAsOf(data.handlingTimes.openAsOf)})`,
        },
      ],
      rows: rows.map((row) => ({
        key: row.code ?? row.label ?? '',
        header: row.label ?? row.code ?? 'Onbekend',
        cells: [
          count(row.received),
          count(row.closed),
          derivedCell(row.medianDays, 'number'),
          derivedCell(row.p90Days, 'number'),
          derivedCell(row.withinTermPercentage, 'percent', 0.01),
          derivedCell(row.beyondTermPercentage, 'percent', 0.01),
          derivedCell(row.extendedPercentage, 'percent', 0.01),
          count(row.openBeyondTerm),
        ],
      })),
    },
  };
}
