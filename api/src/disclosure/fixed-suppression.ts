import { DEFAULT_DISCLOSURE_POLICY, DisclosedCount, DisclosurePolicy } from './disclosure';

/**
 * Suppression without perturbation, for the signal evidence counts whose rule gives no key sum yet
 * (distinct citizens, escalations, objections, baselines; sql/views/0300_signals.sql). It stops
 * recovery within one signal only: two signals over overlapping records, or a signal beside the
 * perturbed `metrics`, can still be differenced (docs/security.md, "Signals"), which is why evidence
 * counts with a key sum are perturbed instead (signals/evidence-keys.ts), like every query-able count
 * (disclosure.ts).
 *
 * A table is a flat list of counts plus additive *lines* ("these members add up to that total"). A
 * hidden count can be recovered exactly when it is the only unknown in a line, so suppression is
 * repeated until no line has exactly one unknown.
 * - Primary suppression: a count in 1..k-1 is hidden; 0 discloses nobody.
 * - Complementary suppression: in a line with exactly one unknown, the smallest published non-zero
 *   member is hidden as well (a zero only when there is no other).
 */

/** Members (indices) that add up to the value at `total` (an index in the same flat list). */
export interface Line {
  members: readonly number[];
  total: number;
}

export function isSensitive(count: number, threshold: number): boolean {
  return count >= 1 && count < threshold;
}

/** Primary plus complementary suppression over a flat list of counts and its additive lines. */
export function suppressLines(
  values: readonly number[],
  lines: readonly Line[],
  policy: DisclosurePolicy,
): boolean[] {
  const suppressed = values.map((value) => isSensitive(value, policy.threshold));
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const hiddenMembers = line.members.filter((index) => suppressed[index]).length;
      const unknowns = hiddenMembers + (suppressed[line.total] ? 1 : 0);
      if (unknowns !== 1) continue;
      const complement = chooseComplement(values, suppressed, line);
      if (complement === undefined) continue;
      suppressed[complement] = true;
      changed = true;
    }
  }
  return suppressed;
}

/** Smallest published non-zero member, else a published zero member, else the total. */
function chooseComplement(
  values: readonly number[],
  suppressed: readonly boolean[],
  line: Line,
): number | undefined {
  const open = line.members.filter((index) => !suppressed[index]);
  const byValue = (a: number, b: number): number => (values[a] ?? 0) - (values[b] ?? 0) || a - b;
  const nonZero = open.filter((index) => (values[index] ?? 0) > 0).sort(byValue);
  if (nonZero.length > 0) return nonZero[0];
  const zeros = [...open].sort(byValue);
  if (zeros.length > 0) return zeros[0];
  if (!suppressed[line.total]) return line.total;
  return undefined;
}

function disclose(value: number, suppressed: boolean): DisclosedCount {
  return suppressed ? { value: null, suppressed: true } : { value, suppressed: false };
}

export interface OneWayResult {
  cells: DisclosedCount[];
  total: DisclosedCount;
}

/** A breakdown with a published total (e.g. complaints per theme plus "all themes"). */
export function protectOneWay(
  cells: readonly number[],
  total: number,
  policy: DisclosurePolicy = DEFAULT_DISCLOSURE_POLICY,
): OneWayResult {
  const values = [...cells, total];
  const flags = suppressLines(
    values,
    [{ members: cells.map((_, index) => index), total: cells.length }],
    policy,
  );
  return {
    cells: cells.map((value, index) => disclose(value, flags[index] ?? false)),
    total: disclose(total, flags[cells.length] ?? false),
  };
}
