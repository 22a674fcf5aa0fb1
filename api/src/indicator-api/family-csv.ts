import { GranularityName } from '../metrics/catalog';
import { bucketOf } from '../metrics/periods';
import { IndicatorValue } from '../handling-times/models/indicator-value.model';
import { csvDocument, valueCells, yesNo } from './indicator-csv';

/** One table row of a family's GraphQL answer, its values in the order of the value columns. */
export interface FamilyCsvRow {
  period: string | null;
  complete: boolean;
  /** Absent for families whose GraphQL rows have no coverage (the column stays empty). */
  coverage?: { completeness: string };
  code: string | null;
  label: string | null;
  values: readonly IndicatorValue[];
}

export interface FamilyCsvInput {
  indicator: string;
  /** klacht or bezwaar. */
  family: string;
  /** The breakdown's query parameter (e.g. domein); null without a breakdown. */
  breakdown: string | null;
  /** The GraphQL field names of the values, also the column names. */
  valueColumns: readonly string[];
  rows: readonly FamilyCsvRow[];
  granularity: GranularityName | null;
  /** The range the figures cover (widened to whole months for the aggregate-only roles). */
  range: { from: string; to: string };
  /** The filters as one text, e.g. `domein=wmo`. */
  filters: string;
}

/**
 * A family's table as CSV in the convention of indicatorCsv: one line per GraphQL row, each value
 * as `<field>` (empty when suppressed or undefined) and `<field>_onderdrukt` (ja/nee).
 */
export function familyCsv(input: FamilyCsvInput): string {
  const header = [
    'indicator',
    'soort',
    'periode_van',
    'periode_tot',
    'periode_volledig',
    'volledigheid',
    ...(input.breakdown === null ? [] : [`${input.breakdown}_code`, input.breakdown]),
    ...input.valueColumns.flatMap((column) => [column, `${column}_onderdrukt`]),
    'filters',
  ];
  const lines = input.rows.map((row) => {
    const period =
      row.period !== null && input.granularity !== null ? bucketOf(row.period, input.granularity) : null;
    return [
      input.indicator,
      input.family,
      period?.start ?? input.range.from,
      period?.end ?? input.range.to,
      yesNo(row.complete),
      row.coverage?.completeness ?? '',
      ...(input.breakdown === null ? [] : [row.code ?? '', row.label ?? '']),
      ...row.values.flatMap(valueCells),
      input.filters,
    ];
  });
  return csvDocument([header, ...lines]);
}
