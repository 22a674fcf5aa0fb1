import { MeasureCountModel, MeasuresResult } from '../outcomes/models/outcomes.model';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';
import { describeFamilyFilters, parseFamilyFilters } from './family-params';
import { FAMILY_FILTERS } from './family-tables';
import { parseDateRange, QueryValue, RANGE_PARAMS, refuseUnknownParams } from './indicator-api.params';

/** The file name (without .csv), the GraphQL query's name. */
export const UPHELD_MEASURES_FILE = 'upheldComplaintMeasures';

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

interface MeasureLine {
  result: MeasuresResult;
  measure: MeasureCountModel;
  range: { from: string; to: string };
  filters: string;
}

const column = csvColumns<MeasureLine>();
export const UPHELD_MEASURE_COLUMNS: readonly CsvColumn<MeasureLine>[] = [
  column.text('indicator', 'de naam van het bestand: upheldComplaintMeasures', () => UPHELD_MEASURES_FILE),
  column.text(
    'periode_van',
    'eerste dag van de periode (voor raad, panel en college verruimd tot hele maanden)',
    (line) => line.range.from,
  ),
  column.text('periode_tot', 'laatste dag van de periode', (line) => line.range.to),
  column.text(
    'maatregel',
    'code van de maatregel zoals de bron die levert; geen = gegrond zonder maatregel',
    (line) => line.measure.measure,
  ),
  column.disclosed(
    'aantal_klachten',
    '(deels) gegronde klachten met deze maatregel',
    (line) => line.measure.count,
  ),
  column.disclosed(
    'percentage',
    'aantal_klachten ÷ gegronde_klachten × 100 (samen soms meer dan 100)',
    (line) => line.measure.share,
  ),
  column.disclosed(
    'gegronde_klachten',
    'alle (deels) gegronde klachten in de periode, op elke regel gelijk',
    (line) => line.result.upheld,
  ),
  column.text('filters', 'de filters van de vraag, bv. gemeente=GM0344', (line) => line.filters),
];

/** Measures for upheld complaints as CSV: one line per GraphQL `measures` row. */
export function upheldMeasuresCsv(
  result: MeasuresResult,
  query: UpheldMeasuresQuery,
  range: { from: string; to: string },
): string {
  const filters = describeFamilyFilters(query.filters, UPHELD_MEASURE_FILTERS);
  return csvTable(
    UPHELD_MEASURE_COLUMNS,
    result.measures.map((measure) => ({ result, measure, range, filters })),
  );
}
