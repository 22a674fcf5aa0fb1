import type { Comparison, Granularity } from '@/generated/graphql';

/** Time bucket in the URL (`?interval=`), in Dutch words so a shared link is readable. */
export type Interval = 'week' | 'maand' | 'kwartaal' | 'halfjaar' | 'jaar';
/** `?vergelijk=`: no comparison, the period just before, or the same period a year earlier. */
export type CompareMode = 'geen' | 'vorige-periode' | 'vorig-jaar';

/**
 * Everything that decides which figures the dashboard shows. It lives only in the URL
 * (`?van=&tot=&interval=&gemeente=&domein=&bron=&aanbieder=&vergelijk=`), so a link reproduces
 * the view; createMetricsQuery is the one place that turns it into API variables.
 */
export interface DashboardState {
  /** Inclusive ISO dates (date of receipt). */
  from: string;
  to: string;
  interval: Interval;
  /** CBS municipality codes (GMnnnn); empty = every municipality the user may see. */
  municipalities: readonly string[];
  domains: readonly string[];
  /** Organisation codes of the source that delivered the data. */
  sources: readonly string[];
  /** Organisation codes of the provider the complaint is about. */
  providers: readonly string[];
  compare: CompareMode;
}

export const intervalToGranularity: { readonly [I in Interval]: Granularity } = {
  week: 'WEEK',
  maand: 'MONTH',
  kwartaal: 'QUARTER',
  halfjaar: 'HALF_YEAR',
  jaar: 'YEAR',
};

export const compareToComparison: { readonly [C in CompareMode]: Comparison } = {
  geen: 'NONE',
  'vorige-periode': 'PREVIOUS_PERIOD',
  'vorig-jaar': 'SAME_PERIOD_LAST_YEAR',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" of a local calendar day. */
export function toIsoDate(year: number, monthIndex: number, day: number): string {
  const date = new Date(Date.UTC(year, monthIndex, day));
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string | null): value is string {
  const match = value === null ? null : ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return toIsoDate(year, month - 1, day) === value;
}

/** The last 12 complete calendar months before `today` (local time). */
export function defaultPeriod(today: Date = new Date()): { from: string; to: string } {
  const year = today.getFullYear();
  const month = today.getMonth();
  return { from: toIsoDate(year, month - 12, 1), to: toIsoDate(year, month, 0) };
}

export function defaultDashboardState(today: Date = new Date()): DashboardState {
  return {
    ...defaultPeriod(today),
    interval: 'maand',
    municipalities: [],
    domains: [],
    sources: [],
    providers: [],
    compare: 'geen',
  };
}

function oneOf<T extends string>(value: string | null, allowed: Record<T, unknown>, fallback: T): T {
  return value !== null && Object.hasOwn(allowed, value) ? (value as T) : fallback;
}

function codes(params: URLSearchParams, key: string): string[] {
  const values = params.getAll(key).map((value) => value.trim());
  return [...new Set(values.filter((value) => value.length > 0 && value.length <= 100))];
}

/** Reads the state from the URL; anything missing or invalid falls back to the default. */
export function parseDashboardState(params: URLSearchParams, today: Date = new Date()): DashboardState {
  const defaults = defaultDashboardState(today);
  const from = params.get('van');
  const to = params.get('tot');
  const period = isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : defaults;
  return {
    from: period.from,
    to: period.to,
    interval: oneOf(params.get('interval'), intervalToGranularity, defaults.interval),
    municipalities: codes(params, 'gemeente'),
    domains: codes(params, 'domein'),
    sources: codes(params, 'bron'),
    providers: codes(params, 'aanbieder'),
    compare: oneOf(params.get('vergelijk'), compareToComparison, defaults.compare),
  };
}

/**
 * Writes the state in a fixed order. The period is always written, so a shared link keeps showing
 * the same months later on; interval and comparison only when they differ from the default.
 */
export function serializeDashboardState(state: DashboardState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('van', state.from);
  params.set('tot', state.to);
  if (state.interval !== 'maand') params.set('interval', state.interval);
  for (const code of state.municipalities) params.append('gemeente', code);
  for (const code of state.domains) params.append('domein', code);
  for (const code of state.sources) params.append('bron', code);
  for (const code of state.providers) params.append('aanbieder', code);
  if (state.compare !== 'geen') params.set('vergelijk', state.compare);
  return params;
}
