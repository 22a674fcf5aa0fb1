import { GranularityName } from './catalog';

/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`, no time zone: the rollup stores calendar days).
 * bucketStart() must agree with GRANULARITIES[...].bucketSql in catalog.ts; the repository tests
 * check both against the database.
 */

export interface Period {
  /** First day (inclusive). */
  start: string;
  /** Last day (inclusive). */
  end: string;
}

const DAY_MS = 86_400_000;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(toDate(value).getTime()) &&
    toIso(toDate(value)) === value
  );
}

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / DAY_MS);
}

/** Adds months, clamping the day to the end of the target month (29 Feb + 12 months = 28 Feb). */
export function addMonths(iso: string, months: number): string {
  const date = toDate(iso);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toIso(target);
}

const MONTHS_PER_BUCKET: Record<Exclude<GranularityName, 'WEEK'>, number> = {
  MONTH: 1,
  QUARTER: 3,
  HALF_YEAR: 6,
  YEAR: 12,
};

export function bucketStart(iso: string, granularity: GranularityName): string {
  const date = toDate(iso);
  if (granularity === 'WEEK') return addDays(iso, -((date.getUTCDay() + 6) % 7));
  const size = MONTHS_PER_BUCKET[granularity];
  const month = Math.floor(date.getUTCMonth() / size) * size;
  return toIso(new Date(Date.UTC(date.getUTCFullYear(), month, 1)));
}

/** Start of the bucket `count` buckets after (or before, when negative) the bucket starting at `start`. */
export function addBuckets(start: string, granularity: GranularityName, count: number): string {
  if (granularity === 'WEEK') return addDays(start, 7 * count);
  return addMonths(start, MONTHS_PER_BUCKET[granularity] * count);
}

export function bucketOf(start: string, granularity: GranularityName): Period {
  return { start, end: addDays(addBuckets(start, granularity, 1), -1) };
}

/** Every bucket that overlaps [from, to], in order. */
/** What a range of more than a century counts as in the query cost (it is refused anyway). */
export const MAX_ESTIMATED_PERIODS = 100 * 53;

export function listBuckets(from: string, to: string, granularity: GranularityName): Period[] {
  const buckets: Period[] = [];
  for (let start = bucketStart(from, granularity); start <= to; start = addBuckets(start, granularity, 1)) {
    buckets.push(bucketOf(start, granularity));
  }
  return buckets;
}

/** The same calendar period one year earlier; ISO weeks move back 52 weeks so they stay on Monday. */
export function shiftYear(period: Period, granularity: GranularityName | null): Period {
  if (granularity === 'WEEK') return { start: addDays(period.start, -364), end: addDays(period.end, -364) };
  return { start: addMonths(period.start, -12), end: addMonths(period.end, -12) };
}

/** The period of equal length just before: the previous bucket, or for a free range the same number of days. */
export function previousPeriod(period: Period, granularity: GranularityName | null): Period {
  if (granularity) return bucketOf(addBuckets(period.start, granularity, -1), granularity);
  const length = daysBetween(period.start, period.end) + 1;
  return { start: addDays(period.start, -length), end: addDays(period.start, -1) };
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
