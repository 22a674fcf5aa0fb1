import { DisclosedCount, DisclosurePolicy, protectCount, rate } from '../disclosure/disclosure';
import { SignalEvidenceValue } from './models/signal.model';

/**
 * Cell-key perturbation for signal evidence (docs/security.md, "Signals"). The signal rules put the
 * sum of the record keys of a count beside it (`closed` → `closedKeySum`, sql/views/0300_signals.sql);
 * for the aggregate roles such a count is published like every queried count: perturbed with its cell
 * key and suppressed when it lands on 1..k-1. So two signals over the same records, or a signal and the
 * `metrics` answer for the same records, give the same protected value, and their difference is noise.
 * Key sums are never shown.
 */
export const KEY_SUM_SUFFIX = 'KeySum';

/** Ratios in the evidence and the counts they divide, as the signal rules compute them (3 decimals). */
const RATIO_PARTS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  share: [
    ['overTerm', 'closed'],
    ['withoutFeedback', 'closed'],
    ['upheld', 'decided'],
  ],
  baselineShare: [['baselineUpheld', 'baselineDecided']],
  rate: [['escalations', 'formalComplaintsClosed']],
};

/**
 * Rules whose score is an evidence value (a ratio or a count), or the difference of two ratios: for
 * the aggregate roles the score is computed from the protected values.
 */
export const SCORE_FROM_EVIDENCE: Readonly<Record<string, readonly [string] | readonly [string, string]>> = {
  termijn_overschreden: ['share'],
  geen_terugkoppeling: ['share'],
  bezwaar_gegrond: ['share', 'baselineShare'],
  escalatie_tweede_lijn: ['escalations'],
  wal_en_schip: ['citizens'],
  herhaalde_klacht: ['citizens'],
};

/** The score from the protected evidence (see SCORE_FROM_EVIDENCE), or undefined for other rules. */
export function scoreFromEvidence(
  ruleCode: string,
  evidence: readonly SignalEvidenceValue[],
): DisclosedCount | undefined {
  const parts = SCORE_FROM_EVIDENCE[ruleCode];
  if (!parts) return undefined;
  const values = parts.map((name) =>
    evidence.find((item) => item.name === name && item.organisationCode === null && item.themeCode === null),
  );
  if (values.some((item) => item === undefined)) return undefined;
  if (values.some((item) => item?.suppressed)) return { value: null, suppressed: true };
  const [first, second] = values.map((item) => item?.value ?? null);
  if (first === null || first === undefined || second === null) return { value: null, suppressed: false };
  return { value: Math.round((first - (second ?? 0)) * 1000) / 1000, suppressed: false };
}

type Member = Pick<SignalEvidenceValue, 'name' | 'organisationCode' | 'themeCode'>;

function memberKey(item: Member): string {
  return `${item.name}|${item.organisationCode ?? ''}|${item.themeCode ?? ''}`;
}

export function isKeySum(name: string): boolean {
  return name.endsWith(KEY_SUM_SUFFIX) && name.length > KEY_SUM_SUFFIX.length;
}

/** The key sums among flattened evidence values, by the count (name and member) they belong to. */
export function keySumsOf(values: readonly SignalEvidenceValue[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of values) {
    if (!isKeySum(item.name) || item.value === null) continue;
    sums.set(memberKey({ ...item, name: item.name.slice(0, -KEY_SUM_SUFFIX.length) }), item.value);
  }
  return sums;
}

/** The key sum of a count, when the signal rule gave one. */
export function keySumOf(keySums: ReadonlyMap<string, number>, item: Member): number | undefined {
  return keySums.get(memberKey(item));
}

/** A count with a key sum, perturbed and suppressed as every queried count is. */
export function protectKeyedCount(count: number, keySum: number, policy: DisclosurePolicy): DisclosedCount {
  return protectCount({ count, keySum }, policy);
}

/**
 * Recomputes every ratio whose two counts were perturbed from the published counts (a ratio of exact
 * counts would give them back: 0.417 with a count known to within 2 fits only 10 of 24). Returns the
 * ratios it recomputed, by name and member.
 */
export function recomputeRatios(
  values: SignalEvidenceValue[],
  keyed: ReadonlySet<SignalEvidenceValue>,
): Set<SignalEvidenceValue> {
  const recomputed = new Set<SignalEvidenceValue>();
  const find = (name: string, like: SignalEvidenceValue): SignalEvidenceValue | undefined =>
    values.find(
      (other) =>
        other.name === name &&
        other.organisationCode === like.organisationCode &&
        other.themeCode === like.themeCode,
    );
  for (const item of values) {
    for (const [numeratorName, denominatorName] of RATIO_PARTS[item.name] ?? []) {
      const numerator = find(numeratorName, item);
      const denominator = find(denominatorName, item);
      if (!numerator || !denominator || !keyed.has(numerator) || !keyed.has(denominator)) continue;
      const ratio = rate(numerator, denominator, 1);
      item.value = ratio.value === null ? null : Math.round(ratio.value * 1000) / 1000;
      item.suppressed = ratio.suppressed;
      recomputed.add(item);
    }
  }
  return recomputed;
}

/**
 * The theme rise's `baseline` is the average of the earlier quarters: an average of exact counts gives
 * their exact total back (× the number of quarters), and overlapping baselines of later signals give exact
 * differences. For the aggregate roles it is therefore the published (perturbed) `baselineCount` divided
 * by `baselineQuarters`, withheld with it. Signals stored before the rules gave the total keep the fixed
 * suppression of `baseline` until their next refresh.
 */
export function averageBaselines(
  values: SignalEvidenceValue[],
  keyed: ReadonlySet<SignalEvidenceValue>,
): void {
  const quarters = values.find(
    (item) => item.name === 'baselineQuarters' && item.organisationCode === null,
  )?.value;
  if (!quarters) return;
  for (const item of values) {
    if (item.name !== 'baseline') continue;
    const total = values.find(
      (other) =>
        other.name === 'baselineCount' &&
        other.organisationCode === item.organisationCode &&
        other.themeCode === item.themeCode,
    );
    if (!total || !keyed.has(total)) continue;
    item.value = total.value === null ? null : Math.round((total.value / quarters) * 10) / 10;
    item.suppressed = total.suppressed;
  }
}
