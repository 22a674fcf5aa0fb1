/**
 * The effect check of a measure: a u-chart (Shewhart control chart for rates) of the complaints on its
 * theme per period, with the periods before the measure took effect as the baseline.
 *
 * - Centre line ū = total complaints / total exposure over the baseline (exposure: inhabitants in
 *   thousands, so ū is a rate per 1,000 inhabitants per period).
 * - Limits per period i: ū ± 3·√(ū / n_i), n_i the exposure of that period (the lower limit at least 0).
 * - Verdict after the effect date: "duidelijke verandering" only when a standard rule fires: a point
 *   beyond a limit, or a run of RUN_LENGTH consecutive points on one side of the centre line; otherwise
 *   "binnen normale variatie". "te weinig gegevens" when there are too few periods on either side,
 *   too few complaints in the baseline, or a period's count is unknown (suppressed for the viewer).
 */

export const MIN_BASELINE_PERIODS = 6;
export const MIN_AFTER_PERIODS = 3;
/** Fewer baseline complaints than this and the limits are too wide to say anything. */
export const MIN_BASELINE_COUNT = 20;
/** Western Electric / NHS "shift" rule: this many points in a row on one side of the centre line. */
export const RUN_LENGTH = 8;

export type EffectVerdict =
  'duidelijke_daling' | 'duidelijke_stijging' | 'normale_variatie' | 'te_weinig_gegevens';

export interface ChartInput {
  /** Period start (ISO date). */
  period: string;
  /** Complaints in the period; null when withheld by disclosure control. */
  count: number | null;
  /** Exposure: inhabitants / 1,000 (or clients / 1,000). */
  exposure: number | null;
}

export interface ChartPoint {
  period: string;
  after: boolean;
  count: number | null;
  rate: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  beyondLimits: boolean;
}

export interface ControlChart {
  centreLine: number | null;
  afterRate: number | null;
  points: ChartPoint[];
  verdict: EffectVerdict;
  /** Plain Dutch: what the chart says and why. */
  explanation: string;
}

const round = (value: number, digits = 4): number => Math.round(value * 10 ** digits) / 10 ** digits;

function pooledRate(points: readonly ChartInput[]): number | null {
  const events = points.reduce((sum, point) => sum + (point.count ?? 0), 0);
  const exposure = points.reduce((sum, point) => sum + (point.exposure ?? 0), 0);
  return exposure > 0 ? events / exposure : null;
}

/** The longest run of consecutive points strictly on one side of the centre line, with its side. */
function longestRun(rates: readonly number[], centre: number): { length: number; side: -1 | 1 } {
  let best = { length: 0, side: 1 as -1 | 1 };
  let current = { length: 0, side: 1 as -1 | 1 };
  for (const rate of rates) {
    const side = rate > centre ? 1 : rate < centre ? -1 : 0;
    if (side === 0) {
      current = { length: 0, side: 1 };
      continue;
    }
    current = side === current.side ? { length: current.length + 1, side } : { length: 1, side };
    if (current.length > best.length) best = current;
  }
  return best;
}

export function uChart(series: readonly ChartInput[], effectiveOn: string): ControlChart {
  const before = series.filter((point) => point.period < effectiveOn);
  const after = series.filter((point) => point.period >= effectiveOn);
  const centre = pooledRate(before);
  const points: ChartPoint[] = series.map((point) => {
    const usable = point.count !== null && point.exposure !== null && point.exposure > 0;
    const rate = usable ? (point.count ?? 0) / (point.exposure ?? 1) : null;
    const sigma = centre !== null && point.exposure ? Math.sqrt(centre / point.exposure) : null;
    const upper = centre !== null && sigma !== null ? centre + 3 * sigma : null;
    const lower = centre !== null && sigma !== null ? Math.max(0, centre - 3 * sigma) : null;
    return {
      period: point.period,
      after: point.period >= effectiveOn,
      count: point.count,
      rate: rate === null ? null : round(rate),
      lowerLimit: lower === null ? null : round(lower),
      upperLimit: upper === null ? null : round(upper),
      beyondLimits: rate !== null && upper !== null && lower !== null && (rate > upper || rate < lower),
    };
  });
  const afterRate = pooledRate(after);
  const result = (verdict: EffectVerdict, explanation: string): ControlChart => ({
    centreLine: centre === null ? null : round(centre),
    afterRate: afterRate === null ? null : round(afterRate),
    points,
    verdict,
    explanation,
  });

  const unknown = series.some((point) => point.count === null || !point.exposure);
  const baselineCount = before.reduce((sum, point) => sum + (point.count ?? 0), 0);
  if (before.length < MIN_BASELINE_PERIODS || after.length < MIN_AFTER_PERIODS) {
    return result(
      'te_weinig_gegevens',
      `Te weinig gegevens: er zijn minstens ${MIN_BASELINE_PERIODS} maanden vóór en ${MIN_AFTER_PERIODS} maanden na de ingangsdatum nodig (nu ${before.length} vóór en ${after.length} na).`,
    );
  }
  if (unknown || centre === null) {
    return result(
      'te_weinig_gegevens',
      'Te weinig gegevens: van een of meer maanden is het aantal niet bekend of afgeschermd (kleine aantallen).',
    );
  }
  if (baselineCount < MIN_BASELINE_COUNT) {
    return result(
      'te_weinig_gegevens',
      `Te weinig gegevens: vóór de maatregel waren er ${baselineCount} klachten over dit thema; met minder dan ${MIN_BASELINE_COUNT} zijn de grenzen te ruim om iets te zeggen.`,
    );
  }
  const afterPoints = points.filter((point) => point.after);
  const beyond = afterPoints.filter((point) => point.beyondLimits);
  const run = longestRun(
    afterPoints.map((point) => point.rate ?? centre),
    centre,
  );
  const direction = (afterRate ?? centre) < centre ? 'duidelijke_daling' : 'duidelijke_stijging';
  const word = direction === 'duidelijke_daling' ? 'daling' : 'stijging';
  if (beyond.length > 0) {
    return result(
      direction,
      `Duidelijke ${word}: in ${beyond.length} maand(en) na de ingangsdatum ligt het aantal per 1.000 inwoners buiten de grenzen van de normale variatie.`,
    );
  }
  if (run.length >= RUN_LENGTH) {
    return result(
      run.side < 0 ? 'duidelijke_daling' : 'duidelijke_stijging',
      `Duidelijke ${run.side < 0 ? 'daling' : 'stijging'}: ${run.length} maanden achter elkaar ${run.side < 0 ? 'onder' : 'boven'} het gemiddelde van vóór de maatregel.`,
    );
  }
  return result(
    'normale_variatie',
    'Binnen normale variatie: de verandering na de ingangsdatum is te klein om te onderscheiden van toeval.',
  );
}
