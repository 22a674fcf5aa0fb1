import { DimensionName, GranularityName, MeasureName } from '../metrics/catalog';
import { MetricsFilterInput } from '../metrics/dto/metrics-query.input';
import { MetricRow } from '../metrics/models/metrics-result.model';
import { bucketOf } from '../metrics/periods';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';
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

interface IndicatorLine {
  input: IndicatorCsvInput;
  row: MetricRow;
  period: { start: string; end: string };
  filters: string;
}

/**
 * The columns of a catalog indicator's file, in order; each dimension of the breakdown adds its
 * `<parameter>_code` and `<parameter>` after the period (the dimensions' order of the request).
 */
export function indicatorColumns(breakdownParams: readonly string[]): CsvColumn<IndicatorLine>[] {
  const column = csvColumns<IndicatorLine>();
  const value = (line: IndicatorLine) =>
    line.row.values.find((candidate) => candidate.measure === line.input.measure);
  return [
    column.text('indicator', 'de naam in de catalogus, bv. caseCount', (line) => line.input.measure),
    column.text(
      'periode_van',
      'eerste dag van de periode van de rij (het vak van de indeling, of de hele periode; voor raad, panel en college verruimd tot hele maanden)',
      (line) => line.period.start,
    ),
    column.text('periode_tot', 'laatste dag van de periode van de rij', (line) => line.period.end),
    column.flag(
      'periode_volledig',
      'ja: de periode ligt helemaal in de gevraagde periode en is voorbij',
      (line) => line.row.complete,
    ),
    column.text(
      'volledigheid',
      'definitief, voorlopig of nog_niet_geleverd (docs/indicators/coverage.md)',
      (line) => line.row.coverage.completeness,
    ),
    ...breakdownParams.flatMap((param, index) => [
      column.text(
        `${param}_code`,
        'code van het onderdeel van de uitsplitsing, bv. wmo',
        (line) => line.row.dimensions[index]?.code ?? null,
      ),
      column.text(
        param,
        'naam van het onderdeel van de uitsplitsing, bv. Wmo',
        (line) => line.row.dimensions[index]?.label ?? null,
      ),
    ]),
    column.number(
      'waarde',
      'de waarde; leeg als die is afgeschermd of niet geleverd',
      (line) => value(line)?.value ?? null,
    ),
    column.flag(
      'onderdrukt',
      'ja: afgeschermd door de openbaarmakingsregels (waarde is dan leeg, nooit 0)',
      (line) => value(line)?.suppressed ?? false,
    ),
    column.text('filters', 'de filters van de vraag, bv. domein=wmo&soort=klacht', (line) => line.filters),
  ];
}

/**
 * The CSV of one indicator, in the app's CSV convention (records export, rejected rows): one line
 * per GraphQL row, in its order, with the columns of indicatorColumns.
 */
export function indicatorCsv(input: IndicatorCsvInput): string {
  const filters = describeFilters(input.filters);
  const lines = input.rows.map((row): IndicatorLine => {
    const bucket =
      row.period !== null && input.granularity !== null ? bucketOf(row.period, input.granularity) : null;
    return {
      input,
      row,
      period: { start: bucket?.start ?? input.range.from, end: bucket?.end ?? input.range.to },
      filters,
    };
  });
  return csvTable(indicatorColumns(input.dimensions.map((dimension) => DIMENSION_PARAMS[dimension])), lines);
}
