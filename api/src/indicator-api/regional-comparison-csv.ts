import { RegionalComparisonInput } from '../regional-comparison/dto/regional-comparison.input';
import {
  FunnelLimit,
  RegionalComparison,
  RegionalComparisonGroup,
  RegionalComparisonRow,
} from '../regional-comparison/models/regional-comparison.model';
import type { RegionalDimensionName } from '../regional-comparison/regional-comparison.repository';
import { CsvColumn, csvColumns, csvTable } from './csv-columns';
import {
  DIMENSION_PARAMS,
  FILTER_PARAMS,
  IndicatorParamError,
  oneCode,
  parseDateRange,
  QueryValue,
  RANGE_PARAMS,
  refuseUnknownParams,
  single,
} from './indicator-api.params';

/**
 * The regional comparison's files (GraphQL `regionalComparison`): a line per group and municipality
 * with its rate and the limits at its size (`rows`), and the funnel's curve per group (`curve`).
 */
export const REGIONAL_FILES = {
  rows: 'regionalComparison',
  curve: 'regionalComparisonFunnel',
} as const;
export type RegionalTable = keyof typeof REGIONAL_FILES;

export function regionalTableOf(name: string): RegionalTable | null {
  return name === REGIONAL_FILES.rows ? 'rows' : name === REGIONAL_FILES.curve ? 'curve' : null;
}

/** `uitsplitsing` picks GraphQL's dimension: per domain or per (top) theme. */
export const REGIONAL_BREAKDOWNS = {
  [DIMENSION_PARAMS.domain]: 'DOMEIN',
  [DIMENSION_PARAMS.theme]: 'THEMA',
} as const satisfies Record<string, RegionalDimensionName>;

function isBreakdown(value: string | null): value is keyof typeof REGIONAL_BREAKDOWNS {
  return value !== null && Object.hasOwn(REGIONAL_BREAKDOWNS, value);
}

/** GraphQL `regionalComparison`'s input: the period, `uitsplitsing` (required) and at most one `domein`. */
export function parseRegionalQuery(query: Record<string, QueryValue>): RegionalComparisonInput {
  refuseUnknownParams(query, [
    RANGE_PARAMS.from,
    RANGE_PARAMS.to,
    RANGE_PARAMS.period,
    RANGE_PARAMS.breakdown,
    FILTER_PARAMS.domain,
  ]);
  const dateRange = parseDateRange(query);
  const breakdown = single(query, RANGE_PARAMS.breakdown);
  if (!isBreakdown(breakdown)) {
    throw new IndicatorParamError(
      `Geef ${RANGE_PARAMS.breakdown}: ${Object.keys(REGIONAL_BREAKDOWNS).join(' of ')}.`,
    );
  }
  return {
    dateRange,
    dimension: REGIONAL_BREAKDOWNS[breakdown],
    domain: oneCode(query, FILTER_PARAMS.domain),
  };
}

interface RegionalLine<Item> {
  table: RegionalTable;
  comparison: RegionalComparison;
  group: RegionalComparisonGroup;
  item: Item;
}

/** The columns both files start with: the file, the region, the period and the group. */
function groupColumns<Item>(): CsvColumn<RegionalLine<Item>>[] {
  const column = csvColumns<RegionalLine<Item>>();
  return [
    column.text(
      'indicator',
      'de naam van het bestand, bv. regionalComparison',
      (line) => REGIONAL_FILES[line.table],
    ),
    column.text(
      'regio',
      'het samenwerkingsverband (de regio) dat wordt vergeleken',
      (line) => line.comparison.region,
    ),
    column.text(
      'periode_van',
      'eerste dag van de periode (voor raad, panel en college verruimd tot hele maanden)',
      (line) => line.comparison.from,
    ),
    column.text('periode_tot', 'laatste dag van de periode', (line) => line.comparison.to),
    column.text(
      'groep_code',
      'code van het domein of thema; alle = alle klachten (staat steeds als eerste)',
      (line) => line.group.code,
    ),
    column.text('groep', 'naam van het domein of thema', (line) => line.group.label),
    column.number(
      'regionaal_per_1000_inwoners',
      'klachten per 1.000 inwoners in de hele regio: het midden van de trechter',
      (line) => line.group.regionalRate,
    ),
    column.number(
      'overdispersie',
      'Spiegelhalters factor φ (minstens 1) waarmee de grenzen zijn verbreed',
      (line) => line.group.overdispersion,
    ),
  ];
}

/** The four limits of a funnel at one size. */
function limitColumns<Item>(
  limits: (line: RegionalLine<Item>) => FunnelLimit | null,
): CsvColumn<RegionalLine<Item>>[] {
  const column = csvColumns<RegionalLine<Item>>();
  return [
    column.number(
      'ondergrens_95',
      'ondergrens van 95% bij dit aantal inwoners, per 1.000 inwoners',
      (line) => limits(line)?.lower95 ?? null,
    ),
    column.number(
      'bovengrens_95',
      'bovengrens van 95%, per 1.000 inwoners',
      (line) => limits(line)?.upper95 ?? null,
    ),
    column.number(
      'ondergrens_99_8',
      'ondergrens van 99,8%, per 1.000 inwoners',
      (line) => limits(line)?.lower998 ?? null,
    ),
    column.number(
      'bovengrens_99_8',
      'bovengrens van 99,8%, per 1.000 inwoners',
      (line) => limits(line)?.upper998 ?? null,
    ),
  ];
}

const row = csvColumns<RegionalLine<RegionalComparisonRow>>();
export const REGIONAL_ROW_COLUMNS: readonly CsvColumn<RegionalLine<RegionalComparisonRow>>[] = [
  ...groupColumns<RegionalComparisonRow>(),
  row.text('gemeente_code', 'CBS-code van de gemeente', (line) => line.item.municipalityCode),
  row.text(
    'gemeente',
    'naam van de gemeente (de regels staan op naam, nooit op rang)',
    (line) => line.item.municipalityName,
  ),
  row.flag('eigen_gemeente', 'ja: uw eigen gemeente', (line) => line.item.own),
  row.number(
    'inwoners',
    'gemiddeld aantal inwoners over de jaren van de periode',
    (line) => line.item.inhabitants,
  ),
  row.disclosed('aantal_klachten', 'klachten ontvangen in de periode', (line) => ({
    value: line.item.complaints,
    suppressed: line.item.suppressed,
  })),
  row.number(
    'per_1000_inwoners',
    'aantal_klachten per 1.000 inwoners (leeg als het aantal is afgeschermd)',
    (line) => line.item.rate,
  ),
  ...limitColumns<RegionalComparisonRow>((line) => line.item.limits),
  row.text(
    'positie',
    'BINNEN, BOVEN_95, BOVEN_998, ONDER_95 of ONDER_998: buiten de grenzen is een reden om te kijken, geen oordeel',
    (line) => line.item.position,
  ),
];

const point = csvColumns<RegionalLine<FunnelLimit>>();
export const REGIONAL_CURVE_COLUMNS: readonly CsvColumn<RegionalLine<FunnelLimit>>[] = [
  ...groupColumns<FunnelLimit>(),
  point.number('inwoners', 'een aantal inwoners op de lijn van de trechter', (line) => line.item.inhabitants),
  ...limitColumns<FunnelLimit>((line) => line.item),
];

/** The regional comparison as CSV: all groups in one file, each group's rows or curve in GraphQL's order. */
export function regionalCsv(table: RegionalTable, comparison: RegionalComparison): string {
  return table === 'rows'
    ? csvTable(
        REGIONAL_ROW_COLUMNS,
        comparison.groups.flatMap((group) => group.rows.map((item) => ({ table, comparison, group, item }))),
      )
    : csvTable(
        REGIONAL_CURVE_COLUMNS,
        comparison.groups.flatMap((group) => group.curve.map((item) => ({ table, comparison, group, item }))),
      );
}
