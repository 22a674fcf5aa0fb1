/** Shares, Wilson intervals and Cohen's kappa for the panel's findings (docs/panel.md). Pure functions. */

export interface Interval {
  lower: number;
  upper: number;
}

const Z_95 = 1.959964;

/** Wilson score interval of a share p observed on n cases (n may be an effective, non-integer size). */
export function wilsonInterval(share: number, n: number, z = Z_95): Interval | null {
  if (n <= 0) return null;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (share + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

export interface WeightedObservation {
  weight: number;
  hit: boolean;
}

export interface ShareEstimate {
  /** Cases observed. */
  n: number;
  hits: number;
  share: number | null;
  /** Kish's effective sample size (Σw)² / Σw²; equals n when all weights are equal. */
  effectiveN: number;
  interval: Interval | null;
}

/** Weighted share (Σ w·hit / Σ w) with a Wilson interval on Kish's effective sample size. */
export function estimateShare(observations: readonly WeightedObservation[]): ShareEstimate {
  const n = observations.length;
  const hits = observations.filter((observation) => observation.hit).length;
  const sumWeights = observations.reduce((sum, observation) => sum + observation.weight, 0);
  const sumSquares = observations.reduce((sum, observation) => sum + observation.weight ** 2, 0);
  if (n === 0 || sumWeights <= 0) return { n, hits, share: null, effectiveN: 0, interval: null };
  const share =
    observations.reduce((sum, observation) => sum + (observation.hit ? observation.weight : 0), 0) /
    sumWeights;
  const effectiveN = (sumWeights * sumWeights) / sumSquares;
  return { n, hits, share, effectiveN, interval: wilsonInterval(share, effectiveN) };
}

export interface KappaResult {
  pairs: number;
  observedAgreement: number | null;
  /** null when there are no pairs or chance agreement is 1 (every answer the same category). */
  kappa: number | null;
}

/** Cohen's kappa for two raters over the same cases: (po − pe) / (1 − pe). */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): KappaResult {
  if (pairs.length === 0) return { pairs: 0, observedAgreement: null, kappa: null };
  const n = pairs.length;
  const observedAgreement = pairs.filter(([a, b]) => a === b).length / n;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  for (const [a, b] of pairs) {
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [category, count] of first) expected += (count / n) * ((second.get(category) ?? 0) / n);
  const kappa = expected >= 1 ? null : (observedAgreement - expected) / (1 - expected);
  return { pairs: n, observedAgreement, kappa };
}
