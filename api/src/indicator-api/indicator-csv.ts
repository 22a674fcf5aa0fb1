import { csvCell } from '@leerlus/etl';
import { IndicatorValue } from '../handling-times/models/indicator-value.model';
import { DimensionName, GranularityName, MeasureName } from '../metrics/catalog';
import { MetricsFilterInput } from '../metrics/dto/metrics-query.input';
import { MetricRow } from '../metrics/models/metrics-result.model';
import { bucketOf } from '../metrics/periods';
import { describeFilters, DIMENSION_PARAMS } from './indicator-api.params';

/** What one CSV answer is made of: the GraphQL rows of one measure and how they were asked for. */
export interface IndicatorCsvInput {
  measure: MeasureName;
  dimensions: readonly DimensionName[];
  rows: readonly MetricRow[];
  granularity: GranularityName | null;
  /** The range the figures cover (widened to whole months for the aggregate-only roles). */
  range: { from: string; to: string };
  filters: MetricsFilterInput;
}

export const yesNo = (value: boolean): string => (value ? 'ja' : 'nee');

/**
 * A number as Dutch Excel, readr::read_csv2 and Power BI (culture nl-NL) read it with `;` as
 * separator: a decimal comma, no thousands separator, all the digits GraphQL gives.
 */
export function dutchNumber(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** A GraphQL IndicatorValue as its two cells: the number (empty when withheld) and `ja`/`nee`. */
export const valueCells = (value: IndicatorValue): string[] => [
  dutchNumber(value.value),
  yesNo(value.suppressed),
];

/**
 * The CSV of one indicator, in the app's CSV convention (records export, rejected rows): `;`,
 * UTF-8 with BOM, CRLF, formula triggers neutralised. One line per GraphQL row, in its order; the
 * column names are fixed (the breakdown adds `<parameter>_code` and `<parameter>` per dimension).
 */
export function indicatorCsv({
  measure,
  dimensions,
  rows,
  granularity,
  range,
  filters,
}: IndicatorCsvInput): string {
  const header = [
    'indicator',
    'periode_van',
    'periode_tot',
    'periode_volledig',
    'volledigheid',
    ...dimensions.flatMap((dimension) => [
      `${DIMENSION_PARAMS[dimension]}_code`,
      DIMENSION_PARAMS[dimension],
    ]),
    'waarde',
    'onderdrukt',
    'filters',
  ];
  const filterText = describeFilters(filters);
  const lines = rows.map((row) => {
    const period = row.period !== null && granularity !== null ? bucketOf(row.period, granularity) : null;
    const value = row.values.find((candidate) => candidate.measure === measure);
    return [
      measure,
      period?.start ?? range.from,
      period?.end ?? range.to,
      yesNo(row.complete),
      row.coverage.completeness,
      ...row.dimensions.flatMap((member) => [member.code, member.label]),
      dutchNumber(value?.value ?? null),
      yesNo(value?.suppressed ?? false),
      filterText,
    ];
  });
  return csvDocument([header, ...lines]);
}

/** Lines of cells in the app's CSV convention: `;`, UTF-8 with BOM, CRLF, formula triggers neutralised. */
export function csvDocument(lines: string[][]): string {
  return `\ufeff${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
