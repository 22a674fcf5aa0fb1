import { cellKey, perturbedCount } from './ptable';

/**
 * Statistical disclosure control for published counts (domain.md, "Privacy and disclosure";
 * docs/security.md, "Disclosure control: cell-key perturbation"). Pure functions, no I/O.
 *
 * For the roles that see aggregates only (raad, panel, college) every published count is perturbed
 * with the cell key of its records (ptable.ts) and then, when the perturbed count is 1..k-1 (default
 * k = 5), suppressed. Totals are their own cells (their own records, their own key), never the sum of
 * perturbed cells. Shares, rates, changes and medians are derived from the protected counts only.
 *
 * Complementary suppression is gone: it existed to stop a hidden cell being recomputed exactly as
 * "total minus the published cells". With perturbation every published count carries its own noise,
 * so that subtraction gives the hidden count plus the sum of several independent noises; and it could
 * not stop the differencing between overlapping queries anyway (issue 19).
 */

export interface DisclosurePolicy {
  /** k: published counts 1..k-1 are suppressed after perturbation. */
  threshold: number;
}

export const DEFAULT_DISCLOSURE_POLICY: DisclosurePolicy = { threshold: 5 };

/** A published count: `null` with `suppressed: true` when withheld. */
export interface DisclosedCount {
  value: number | null;
  suppressed: boolean;
}

/** A true count and the sum of the record keys of the records it counts (from the rollups). */
export interface KeyedCount {
  count: number;
  keySum: number;
}

export const SUPPRESSED: DisclosedCount = { value: null, suppressed: true };

export function exact(value: number | null): DisclosedCount {
  return { value, suppressed: false };
}

/** The count after perturbation, before suppression (a figure derived from it may still be shown). */
export function perturb(cell: KeyedCount): number {
  return perturbedCount(cell.count, cellKey(cell.keySum));
}

/** Perturbs a count with its cell key and suppresses a perturbed count in 1..k-1. */
export function protectCount(cell: KeyedCount, policy: DisclosurePolicy): DisclosedCount {
  const published = perturb(cell);
  return published > 0 && published < policy.threshold ? SUPPRESSED : exact(published);
}

/** The protected count for aggregate-only roles (`apply`), the exact count for the others. */
export function discloseCount(cell: KeyedCount, policy: DisclosurePolicy, apply: boolean): DisclosedCount {
  return apply ? protectCount(cell, policy) : exact(cell.count);
}

/**
 * numerator ÷ denominator × per, from published counts. Suppressed when either count is; null, not
 * suppressed, when the denominator is 0 or missing.
 */
export function rate(numerator: DisclosedCount, denominator: DisclosedCount, per = 100): DisclosedCount {
  if (numerator.suppressed || denominator.suppressed) return SUPPRESSED;
  if (numerator.value === null || !denominator.value) return exact(null);
  return exact((numerator.value / denominator.value) * per);
}

/** A statistic of the records behind `base` (a median, a p90): withheld when `base` is suppressed. */
export function basedOn(base: DisclosedCount, value: number | null): DisclosedCount {
  return base.suppressed ? SUPPRESSED : exact(value);
}

/**
 * Whether every count of a row is published as 0. For aggregate-only roles such a row is left out:
 * a listed row with zeros would tell that the combination has records (the ptable publishes small
 * counts as 0), while a combination without records has no row at all.
 */
export function publishedEmpty(counts: Readonly<Record<string, DisclosedCount>>): boolean {
  return Object.values(counts).every((count) => count.value === 0 && !count.suppressed);
}
