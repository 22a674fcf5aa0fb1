/**
 * Percentiles from a histogram of whole days (day -> count), exactly as PostgreSQL's
 * percentile_cont over the underlying values: position p × (n − 1) in the sorted values, linearly
 * interpolated between the two neighbouring values. 10, 20, ..., 100 days give median 55 and p90 91.
 * Values above `cap` are stored as cap + 1 ("more than cap days"); a percentile that touches them is
 * null because its exact value is unknown.
 */
export function percentile(histogram: ReadonlyMap<number, number>, p: number, cap = 365): number | null {
  const days = [...histogram.entries()].filter(([, count]) => count > 0).sort(([a], [b]) => a - b);
  const n = days.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const position = p * (n - 1);
  const lower = valueAt(days, Math.floor(position));
  const upper = valueAt(days, Math.ceil(position));
  if (lower > cap || upper > cap) return null;
  return lower + (upper - lower) * (position - Math.floor(position));
}

/** The value at 0-based rank `rank` of the sorted values. */
function valueAt(days: readonly (readonly [number, number])[], rank: number): number {
  let seen = 0;
  for (const [day, count] of days) {
    seen += count;
    if (rank < seen) return day;
  }
  return days.at(-1)?.[0] ?? 0;
}
