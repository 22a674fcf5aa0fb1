import type { ChartPoint } from '@/ui/charts/chartTypes';
import { derivedCell } from '@/ui/table/derivedCell';
import type { TableCell, TableData } from '@/ui/table/tableData';

export interface Value {
  value?: number | null;
  suppressed: boolean;
}

interface Member {
  code?: string | null;
  label?: string | null;
}

/** Which counts and which rate (with its Wilson bounds) of a row a table and its bars show. */
export interface IntervalRateSpec<Row> {
  counts: readonly { key: string; label: string; of: (row: Row) => Value }[];
  rateLabel: string;
  rate: (row: Row) => Value;
  lower: (row: Row) => Value;
  upper: (row: Row) => Value;
  /** Members to list; default all. */
  include?: (row: Row) => boolean;
}

export interface IntervalRates {
  table: TableData;
  bars: ChartPoint[];
  /** Some rate was withheld ("niet getoond"). */
  hasHidden: boolean;
}

const countCell = (v: Value): TableCell => ({
  kind: 'value',
  value: v.value ?? null,
  suppressed: v.suppressed,
  format: 'number',
});

/**
 * A rate per member with its 95 % interval: bars (highest first, withheld ones last) with the
 * interval drawn around them, and the table with the counts, the rate and both bounds.
 */
export function buildIntervalRates<Row extends Member>(
  input: readonly Row[],
  spec: IntervalRateSpec<Row>,
  caption: string,
  rowHeaderLabel: string,
): IntervalRates {
  const rows = input
    .filter(spec.include ?? (() => true))
    .sort(
      (a, b) =>
        (spec.rate(b).value ?? -1) - (spec.rate(a).value ?? -1) ||
        (a.label ?? '').localeCompare(b.label ?? '', 'nl'),
    );
  const name = (row: Row) => row.label ?? row.code ?? 'Onbekend';
  return {
    bars: rows.map((row) => {
      const lower = spec.lower(row).value;
      const upper = spec.upper(row).value;
      return {
        x: name(row),
        y: spec.rate(row).value ?? null,
        suppressed: spec.rate(row).suppressed,
        ...(lower !== null && lower !== undefined && upper !== null && upper !== undefined
          ? { interval: { lower, upper } }
          : {}),
      };
    }),
    hasHidden: rows.some((row) => spec.rate(row).suppressed),
    table: {
      caption,
      rowHeaderLabel,
      columns: [
        ...spec.counts.map(({ key, label }) => ({ key, label })),
        { key: 'rate', label: spec.rateLabel },
        { key: 'lower', label: 'Ondergrens (95%)' },
        { key: 'upper', label: 'Bovengrens (95%)' },
      ],
      rows: rows.map((row) => ({
        key: row.code ?? row.label ?? '',
        header: name(row),
        cells: [
          ...spec.counts.map(({ of }) => countCell(of(row))),
          derivedCell(spec.rate(row), 'percent', 0.01),
          derivedCell(spec.lower(row), 'percent', 0.01),
          derivedCell(spec.upper(row), 'percent', 0.01),
        ],
      })),
    },
  };
}
