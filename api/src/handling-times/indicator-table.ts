import { PeriodCoverage } from '../coverage/models/coverage.model';
import { DisclosedCount, DisclosurePolicy, discloseCount, KeyedCount } from '../disclosure/disclosure';

/**
 * Named counts of one cell of an indicator family (handling times, outcomes, chain, provider
 * compliance, freshness), each with the sum of its records' keys. Disclosure control perturbs every
 * count with its own cell key (api/src/disclosure); totals are cells of their own. Rates, shares and
 * durations are derived from the disclosed counts only.
 */
export type KeyedCounts<K extends string> = Record<K, KeyedCount>;

export function zeroCounts<K extends string>(names: readonly K[]): KeyedCounts<K> {
  return Object.fromEntries(names.map((name) => [name, { count: 0, keySum: 0 }])) as KeyedCounts<K>;
}

/** Adds `count` records whose keys add up to `keySum` to the count `name`. */
export function addTo<K extends string>(
  counts: KeyedCounts<K>,
  name: K,
  count: number,
  keySum: number,
): void {
  counts[name].count += count;
  counts[name].keySum += keySum;
}

/** Every count of a cell, protected for aggregate-only roles (`apply`) and exact for the others. */
export function discloseCounts<K extends string>(
  names: readonly K[],
  counts: KeyedCounts<K>,
  policy: DisclosurePolicy,
  apply: boolean,
): Record<K, DisclosedCount> {
  return Object.fromEntries(
    names.map((name) => [name, discloseCount(counts[name], policy, apply)]),
  ) as Record<K, DisclosedCount>;
}

/** Not delivered is not 0 (docs/indicators/coverage.md): every count of a bucket no source delivered is null. */
export function deliveredCounts<K extends string>(
  names: readonly K[],
  counts: Record<K, DisclosedCount>,
  coverage: PeriodCoverage,
): Record<K, DisclosedCount> {
  if (coverage.completeness !== 'nog_niet_geleverd') return counts;
  return Object.fromEntries(names.map((name) => [name, { value: null, suppressed: false }])) as Record<
    K,
    DisclosedCount
  >;
}
