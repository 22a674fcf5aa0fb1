import { DisclosedCount, DisclosurePolicy, protectOneWay } from '../disclosure/disclosure';

/**
 * Disclosure control for the indicator families (handling times, outcomes, chain, provider compliance,
 * freshness): every count is protected as a one-way table of its dimension members plus the total that
 * is published beside it (primary + complementary suppression, api/src/disclosure). Rates and
 * durations inherit suppression from the counts they are computed from.
 */
export function discloseTable<K extends string>(
  keys: readonly K[],
  cells: readonly Record<K, number>[],
  total: Record<K, number>,
  policy: DisclosurePolicy,
  apply: boolean,
): { cells: Record<K, DisclosedCount>[]; total: Record<K, DisclosedCount> } {
  const disclosedCells = cells.map(() => ({}) as Record<K, DisclosedCount>);
  const disclosedTotal = {} as Record<K, DisclosedCount>;
  for (const key of keys) {
    if (!apply) {
      cells.forEach((cell, index) => {
        (disclosedCells[index] as Record<K, DisclosedCount>)[key] = exact(cell[key]);
      });
      disclosedTotal[key] = exact(total[key]);
      continue;
    }
    const result = protectOneWay(
      cells.map((cell) => cell[key]),
      total[key],
      policy,
    );
    result.cells.forEach((cell, index) => {
      (disclosedCells[index] as Record<K, DisclosedCount>)[key] = cell;
    });
    disclosedTotal[key] = result.total;
  }
  return { cells: disclosedCells, total: disclosedTotal };
}

export function exact(value: number | null): DisclosedCount {
  return { value, suppressed: false };
}

export const SUPPRESSED: DisclosedCount = { value: null, suppressed: true };

/**
 * numerator ÷ denominator × per. Suppressed when either count is (the rate would give the hidden count
 * back); null, not suppressed, when the denominator is 0.
 */
export function rate(numerator: DisclosedCount, denominator: DisclosedCount, per = 100): DisclosedCount {
  if (numerator.suppressed || denominator.suppressed) return SUPPRESSED;
  if (numerator.value === null || !denominator.value) return exact(null);
  return exact((numerator.value / denominator.value) * per);
}

/** A statistic computed from `base` records (a median, a p90): hidden when the base count is. */
export function basedOn(base: DisclosedCount, value: number | null): DisclosedCount {
  return base.suppressed ? SUPPRESSED : exact(value);
}
