import { DimensionName, GranularityName, MeasureName, MEASURES } from '../metrics/catalog';
import { MetricsFilterInput, MetricsQueryInput } from '../metrics/dto/metrics-query.input';
import { MAX_DIMENSIONS } from '../metrics/metrics.service';
import { addDays, addMonths, isIsoDate } from '../metrics/periods';

/**
 * The query parameters of the CSV endpoints (docs/api.md), in Dutch like the dashboard's URL, for the
 * members of the metric catalog. Literal so they are greppable; `satisfies Record<…>` makes a new
 * catalog dimension or granularity a type error here until it has a parameter.
 */
export const DIMENSION_PARAMS = {
  domain: 'domein',
  kind: 'soort',
  line: 'lijn',
  theme: 'thema',
  subtheme: 'subthema',
  channel: 'kanaal',
  complainantType: 'indiener',
  neighbourhood: 'wijk',
  neighbourhoodWijk: 'wijk_met_buurten',
  sourceOrganisation: 'bron',
  subjectOrganisation: 'organisatie',
  outcome: 'uitkomst',
} as const satisfies Record<DimensionName, string>;

export type FilterName = keyof MetricsFilterInput;

/** Filters: the GraphQL filter fields; `subthema` is a breakdown only (as in GraphQL). */
export const FILTER_PARAMS = {
  municipality: 'gemeente',
  domain: DIMENSION_PARAMS.domain,
  kind: DIMENSION_PARAMS.kind,
  line: DIMENSION_PARAMS.line,
  theme: DIMENSION_PARAMS.theme,
  channel: DIMENSION_PARAMS.channel,
  complainantType: DIMENSION_PARAMS.complainantType,
  neighbourhood: DIMENSION_PARAMS.neighbourhood,
  sourceOrganisation: DIMENSION_PARAMS.sourceOrganisation,
  subjectOrganisation: DIMENSION_PARAMS.subjectOrganisation,
  outcome: DIMENSION_PARAMS.outcome,
} as const satisfies Record<FilterName, string>;

export const GRANULARITY_PARAMS = {
  WEEK: 'week',
  MONTH: 'maand',
  QUARTER: 'kwartaal',
  HALF_YEAR: 'halfjaar',
  YEAR: 'jaar',
} as const satisfies Record<GranularityName, string>;

/** The parameters that are not filters. */
export const RANGE_PARAMS = {
  from: 'van',
  to: 'tot',
  period: 'periode',
  granularity: 'indeling',
  breakdown: 'uitsplitsing',
} as const;

/** A request's query string as Express parses it (`a[b]=` gives an object). */
export type QueryValue = string | string[] | Record<string, unknown> | undefined;

/** A parameter the caller got wrong; the message is for them (HTTP 400). */
export class IndicatorParamError extends Error {}

const CODE = /^[\p{L}\p{N}][\p{L}\p{N}_.:/ -]{0,79}$/u;
const MAX_VALUES = 200;
const MAX_BREAKDOWNS = MAX_DIMENSIONS;

function invert<K extends string, V extends string>(map: Record<K, V>): Map<string, K> {
  return new Map(Object.entries<V>(map).map(([key, param]) => [param, key as K]));
}
const FILTER_BY_PARAM = invert<FilterName, string>(FILTER_PARAMS);
const DIMENSION_BY_PARAM = invert<DimensionName, string>(DIMENSION_PARAMS);
const GRANULARITY_BY_PARAM = invert<GranularityName, string>(GRANULARITY_PARAMS);
const KNOWN_PARAMS = [...Object.values(RANGE_PARAMS), ...FILTER_BY_PARAM.keys()];

export function isMeasureName(name: string): name is MeasureName {
  return Object.hasOwn(MEASURES, name);
}

/** Values of a parameter: repeated (`domein=wmo&domein=jeugd`) and/or comma-separated. */
function valuesOf(query: Record<string, QueryValue>, param: string): string[] {
  const raw = query[param];
  if (raw === undefined) return [];
  const parts = Array.isArray(raw) ? raw : [raw];
  if (parts.some((part) => typeof part !== 'string')) {
    throw new IndicatorParamError(`De parameter ${param} heeft een ongeldige vorm.`);
  }
  const values = (parts as string[]).flatMap((part) => part.split(',')).map((value) => value.trim());
  if (values.some((value) => value === '')) throw new IndicatorParamError(`De parameter ${param} is leeg.`);
  return values;
}

export function single(query: Record<string, QueryValue>, param: string): string | null {
  const values = valuesOf(query, param);
  if (values.length > 1) throw new IndicatorParamError(`De parameter ${param} mag maar één waarde hebben.`);
  return values[0] ?? null;
}

function isoDate(query: Record<string, QueryValue>, param: string): string | null {
  const value = single(query, param);
  if (value !== null && !isIsoDate(value)) {
    throw new IndicatorParamError(`${param} moet een datum zijn zoals 2025-01-31.`);
  }
  return value;
}

/** `2025` (a year), `2025-03` (a month) or `2025-K2` (a quarter) as a range of days. */
export function periodRange(period: string): { from: string; to: string } {
  const match = /^(\d{4})(?:-(\d{2})|-[Kk]([1-4]))?$/.exec(period);
  if (!match || (match[2] !== undefined && (Number(match[2]) < 1 || Number(match[2]) > 12))) {
    throw new IndicatorParamError(
      'periode is een jaar (2025), een maand (2025-03) of een kwartaal (2025-K2).',
    );
  }
  const [, year, month, quarter] = match;
  const start = month
    ? `${year}-${month}-01`
    : quarter
      ? `${year}-${String((Number(quarter) - 1) * 3 + 1).padStart(2, '0')}-01`
      : `${year}-01-01`;
  const months = month ? 1 : quarter ? 3 : 12;
  return { from: start, to: addDays(addMonths(start, months), -1) };
}

/** The range of days from `periode` or `van` and `tot` (one of both is required). */
export function parseDateRange(query: Record<string, QueryValue>): { from: string; to: string } {
  const period = single(query, RANGE_PARAMS.period);
  const from = isoDate(query, RANGE_PARAMS.from);
  const to = isoDate(query, RANGE_PARAMS.to);
  if (period !== null && (from !== null || to !== null)) {
    throw new IndicatorParamError('Geef óf periode, óf van en tot; niet allebei.');
  }
  const dateRange = period !== null ? periodRange(period) : from && to ? { from, to } : null;
  if (dateRange && dateRange.from > dateRange.to) {
    throw new IndicatorParamError('van moet vóór of op tot liggen.');
  }
  if (!dateRange) {
    throw new IndicatorParamError(
      'Geef de periode: periode=2025 (of 2025-03, 2025-K2), of van=2025-01-01&tot=2025-12-31.',
    );
  }
  return dateRange;
}

/** `indeling` as a granularity; null without it. */
export function parseGranularity(query: Record<string, QueryValue>): GranularityName | null {
  const granularityParam = single(query, RANGE_PARAMS.granularity);
  const granularity = granularityParam === null ? null : GRANULARITY_BY_PARAM.get(granularityParam);
  if (granularity === undefined) {
    throw new IndicatorParamError(`indeling is een van: ${Object.values(GRANULARITY_PARAMS).join(', ')}.`);
  }
  return granularity;
}

/** Refuses parameters outside `known`, naming the possible ones. */
export function refuseUnknownParams(query: Record<string, QueryValue>, known: readonly string[]): void {
  const unknown = Object.keys(query).filter((param) => !known.includes(param));
  if (unknown.length > 0) {
    throw new IndicatorParamError(
      `Onbekende parameter: ${unknown.join(', ')}. Mogelijk zijn: ${known.join(', ')}.`,
    );
  }
}

/** At most one code of a filter parameter (for GraphQL inputs that take one); null when absent. */
export function oneCode(query: Record<string, QueryValue>, param: string): string | null {
  const codes = codesOf(query, param);
  if (codes.length > 1) throw new IndicatorParamError(`Geef hier één ${param}.`);
  return codes[0] ?? null;
}

/** The codes of a filter parameter, checked; empty when absent. */
export function codesOf(query: Record<string, QueryValue>, param: string): string[] {
  const values = valuesOf(query, param);
  if (values.length > MAX_VALUES || values.some((value) => !CODE.test(value))) {
    throw new IndicatorParamError(`Ongeldige code in ${param}.`);
  }
  return values;
}

/**
 * The GraphQL metrics query for one indicator from the CSV endpoint's query string: the same input
 * the dashboard sends, so the answer is the same. Throws IndicatorParamError (Dutch) on a bad parameter.
 */
export function parseIndicatorQuery(
  measure: MeasureName,
  query: Record<string, QueryValue>,
): MetricsQueryInput {
  refuseUnknownParams(query, KNOWN_PARAMS);
  const dateRange = parseDateRange(query);
  const granularity = parseGranularity(query);
  const dimensions = valuesOf(query, RANGE_PARAMS.breakdown).map((param) => {
    const dimension = DIMENSION_BY_PARAM.get(param);
    if (!dimension) {
      throw new IndicatorParamError(
        `Onbekende uitsplitsing "${param}"; mogelijk zijn: ${Object.values(DIMENSION_PARAMS).join(', ')}.`,
      );
    }
    return dimension;
  });
  if (dimensions.length > MAX_BREAKDOWNS) {
    throw new IndicatorParamError(`Splits uit naar hoogstens ${MAX_BREAKDOWNS} onderdelen tegelijk.`);
  }
  if (new Set(dimensions).size !== dimensions.length) {
    throw new IndicatorParamError('Noem elke uitsplitsing maar één keer.');
  }

  const filters: MetricsFilterInput = {};
  for (const [param, name] of FILTER_BY_PARAM) {
    const values = codesOf(query, param);
    if (values.length > 0) filters[name] = values;
  }
  return { measures: [measure], dimensions, granularity, dateRange, filters, comparison: 'NONE' };
}

/** The filters as one text for the CSV's `filters` column, e.g. `domein=wmo&thema=wachttijd`. */
export function describeFilters(filters: MetricsFilterInput): string {
  return Object.entries(FILTER_PARAMS)
    .flatMap(([name, param]) => {
      const values = filters[name as FilterName];
      return values && values.length > 0 ? [`${param}=${values.join(',')}`] : [];
    })
    .join('&');
}
