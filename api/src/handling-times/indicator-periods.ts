import { GraphQLError } from 'graphql';
import { AuthenticatedUser } from '../auth/role';
import { GranularityName } from '../metrics/catalog';
import { MAX_BUCKETS } from '../metrics/metrics.service';
import { isIsoDate, listBuckets } from '../metrics/periods';
import { IndicatorFilters } from './indicator-sql';

export interface IndicatorBucket {
  /** Bucket start, or null for the whole range. */
  period: string | null;
  /** Fully inside the range and ended before today. */
  complete: boolean;
}

export interface IndicatorMember {
  code: string;
  label: string;
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Every bucket of the range (zero-filled series, style rule 6), same rules as the metrics API. */
export function indicatorBuckets(
  from: string,
  to: string,
  granularity: GranularityName | null,
  today: string,
): IndicatorBucket[] {
  if (!isIsoDate(from) || !isIsoDate(to)) throw badInput('dateRange needs ISO dates (YYYY-MM-DD)');
  if (from > to) throw badInput('dateRange.from must not be after dateRange.to');
  if (!granularity) return [{ period: null, complete: to < today }];
  const buckets = listBuckets(from, to, granularity);
  if (buckets.length > MAX_BUCKETS) {
    throw badInput(`Too many periods (${buckets.length}); at most ${MAX_BUCKETS}`);
  }
  return buckets.map((bucket) => ({
    period: bucket.start,
    complete: bucket.start >= from && bucket.end <= to && bucket.end < today,
  }));
}

/** The dimension members seen anywhere in the result, by code. */
export function indicatorMembers(
  rows: readonly { code: string | null; label: string | null }[],
): IndicatorMember[] {
  const members = new Map<string, string>();
  for (const row of rows) {
    if (row.code !== null && !members.has(row.code)) members.set(row.code, row.label ?? row.code);
  }
  return [...members.entries()]
    .map(([code, label]) => ({ code, label }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

export const cellKey = (period: string | null, code: string | null): string =>
  `${period ?? ''}|${code ?? ''}`;

/** A viewer bound to one municipality only ever sees that municipality, whatever the filter says. */
export function scopeIndicatorFilters<D extends string>(
  filters: IndicatorFilters<D>,
  viewer: AuthenticatedUser,
): IndicatorFilters<D> {
  if (viewer.municipalityCode === null) return filters;
  const own = viewer.municipalityCode;
  const requested = filters.municipality;
  return { ...filters, municipality: requested ? requested.filter((code) => code === own) : [own] };
}

/** The municipalities a viewer may see: null = all (unbound viewer without a filter). */
export function scopeMunicipalities(
  requested: readonly string[] | null | undefined,
  viewer: AuthenticatedUser,
): readonly string[] | null {
  return scopeIndicatorFilters<never>({ municipality: requested ?? null }, viewer).municipality ?? null;
}
