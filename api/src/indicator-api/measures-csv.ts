import { MeasuresResult } from '../outcomes/models/outcomes.model';
import { describeFamilyFilters, parseFamilyFilters } from './family-params';
import { FAMILY_FILTERS } from './family-tables';
import { parseDateRange, QueryValue, RANGE_PARAMS, refuseUnknownParams } from './indicator-api.params';
import { csvDocument, valueCells } from './indicator-csv';

/** The file name (without .csv), the GraphQL query's name. */
export const UPHELD_MEASURES_FILE = 'upheldComplaintMeasures';

/** The figures of a measure written, GraphQL field names and column names alike. */
export const UPHELD_MEASURE_COLUMNS = ['count', 'share'] as const;

/** The filters GraphQL `upheldComplaintMeasures` uses (its input's family is ignored). */
export const UPHELD_MEASURE_FILTERS = FAMILY_FILTERS;

export interface UpheldMeasuresQuery {
  dateRange: { from: string; to: string };
  filters: Partial<Record<keyof typeof UPHELD_MEASURE_FILTERS, string[]>>;
}

/** The period (`periode` or `van`/`tot`) and the filters `gemeente`, `domein`, `lijn`, `organisatie`. */
export function parseUpheldMeasuresQuery(query: Record<string, QueryValue>): UpheldMeasuresQuery {
  refuseUnknownParams(query, [
    RANGE_PARAMS.from,
    RANGE_PARAMS.to,
    RANGE_PARAMS.period,
    ...Object.values<string>(UPHELD_MEASURE_FILTERS),
  ]);
  return { dateRange: parseDateRange(query), filters: parseFamilyFilters(query, UPHELD_MEASURE_FILTERS) };
}

/**
 * Measures for upheld complaints as CSV (convention of indicatorCsv): one line per GraphQL `measures`
 * row, each with the upheld complaints they share (`upheld`).
 */
export function upheldMeasuresCsv(
  result: MeasuresResult,
  query: UpheldMeasuresQuery,
  range: { from: string; to: string },
): string {
  return csvDocument([
    [
      'indicator',
      'periode_van',
      'periode_tot',
      'maatregel',
      ...UPHELD_MEASURE_COLUMNS.flatMap((column) => [column, `${column}_onderdrukt`]),
      'upheld',
      'upheld_onderdrukt',
      'filters',
    ],
    ...result.measures.map((measure) => [
      UPHELD_MEASURES_FILE,
      range.from,
      range.to,
      measure.measure,
      ...UPHELD_MEASURE_COLUMNS.flatMap((column) => valueCells(measure[column])),
      ...valueCells(result.upheld),
      describeFamilyFilters(query.filters, UPHELD_MEASURE_FILTERS),
    ]),
  ]);
}
