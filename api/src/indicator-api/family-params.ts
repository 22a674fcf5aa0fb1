import { GranularityName } from '../metrics/catalog';
import { HANDLING_TIME_FAMILIES, HandlingTimeFamilyName } from '../handling-times/handling-times.catalog';
import {
  codesOf,
  FILTER_PARAMS,
  IndicatorParamError,
  parseDateRange,
  parseGranularity,
  QueryValue,
  RANGE_PARAMS,
  refuseUnknownParams,
  single,
} from './indicator-api.params';

/** The parameter that picks complaints or objections (the GraphQL input's `family`). */
export const FAMILY_PARAM = FILTER_PARAMS.kind;

/** The GraphQL input of handlingTimes and outcomes, from the CSV endpoint's query string. */
export interface FamilyQuery<D extends string, F extends string> {
  family: HandlingTimeFamilyName;
  dateRange: { from: string; to: string };
  granularity: GranularityName | null;
  dimension: D | null;
  filters: Partial<Record<F, string[]>>;
}

function isFamilyName(value: string): value is HandlingTimeFamilyName {
  return Object.hasOwn(HANDLING_TIME_FAMILIES, value);
}

/** GraphQL name → query parameter, inverted. */
function invert<K extends string>(params: Readonly<Record<K, string>>): Map<string, K> {
  return new Map(Object.entries<string>(params).map(([name, param]) => [param, name as K]));
}

/** `soort` from the query (required), or the one kind of a family that has no `soort` (then refused). */
function familyOf(
  query: Record<string, QueryValue>,
  fixedFamily: HandlingTimeFamilyName | null,
): HandlingTimeFamilyName {
  if (fixedFamily !== null) return fixedFamily;
  const family = single(query, FAMILY_PARAM);
  if (family === null || !isFamilyName(family)) {
    throw new IndicatorParamError(
      `Geef ${FAMILY_PARAM}: ${Object.keys(HANDLING_TIME_FAMILIES).join(' of ')}.`,
    );
  }
  return family;
}

/**
 * One family's query: `soort` (klacht or bezwaar, required unless the family has one kind only:
 * fixedFamily), the period as for the metric catalog, one `uitsplitsing` and the filters the family's
 * GraphQL input has. Dutch IndicatorParamError otherwise.
 */
export function parseFamilyQuery<D extends string, F extends string>(
  query: Record<string, QueryValue>,
  dimensions: Readonly<Record<D, string>>,
  filters: Readonly<Record<F, string>>,
  fixedFamily: HandlingTimeFamilyName | null = null,
): FamilyQuery<D, F> {
  refuseUnknownParams(query, [
    RANGE_PARAMS.from,
    RANGE_PARAMS.to,
    RANGE_PARAMS.period,
    RANGE_PARAMS.granularity,
    RANGE_PARAMS.breakdown,
    ...(fixedFamily === null ? [FAMILY_PARAM] : []),
    ...Object.values<string>(filters),
  ]);
  const family = familyOf(query, fixedFamily);
  const dateRange = parseDateRange(query);
  const granularity = parseGranularity(query);
  const breakdown = single(query, RANGE_PARAMS.breakdown);
  const dimension = breakdown === null ? null : invert(dimensions).get(breakdown);
  if (dimension === undefined) {
    throw new IndicatorParamError(
      `${RANGE_PARAMS.breakdown} is hier een van: ${Object.values<string>(dimensions).join(', ')}.`,
    );
  }
  return { family, dateRange, granularity, dimension, filters: parseFamilyFilters(query, filters) };
}

/** The filters of a family's GraphQL input (GraphQL name → codes) from their query parameters. */
export function parseFamilyFilters<F extends string>(
  query: Record<string, QueryValue>,
  filters: Readonly<Record<F, string>>,
): Partial<Record<F, string[]>> {
  const chosen: Partial<Record<F, string[]>> = {};
  for (const [param, name] of invert(filters)) {
    const codes = codesOf(query, param);
    if (codes.length > 0) chosen[name] = codes;
  }
  return chosen;
}

/** The chosen filters as one text, e.g. `domein=wmo&lijn=eerste_lijn` (the CSV's `filters` column). */
export function describeFamilyFilters<F extends string>(
  chosen: Partial<Record<F, string[]>>,
  filters: Readonly<Record<F, string>>,
): string {
  return (Object.entries(filters) as [F, string][])
    .flatMap(([name, param]) => {
      const codes = chosen[name];
      return codes ? [`${param}=${codes.join(',')}`] : [];
    })
    .join('&');
}
