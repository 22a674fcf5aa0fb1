/** One unit (provider) for a funnel plot: its count and, when known, its denominator. */
export interface FunnelInput {
  code: string;
  label: string;
  /** Null when withheld by disclosure control: the unit is left out of the plot and the mean. */
  count: number | null;
  /** Clients (or inhabitants) served; null when the API has none. */
  denominator?: number | null;
}

export interface FunnelPoint {
  code: string;
  label: string;
  /** x: the denominator (rate mode) or the rank by count (count mode). */
  x: number;
  /** y: the rate per `per` (rate mode) or the count (count mode). */
  y: number;
  /** Limits at this x, in the unit of y. */
  lower2: number;
  upper2: number;
  lower3: number;
  upper3: number;
  /** Outside the ±3 SD limits: more (or fewer) than chance explains. */
  position: 'binnen' | 'boven-2' | 'boven-3' | 'onder-2' | 'onder-3';
}

export interface Funnel {
  mode: 'rate' | 'count';
  /** The overall rate (rate mode, per `per`) or the mean count per unit (count mode). */
  centre: number;
  per: number;
  points: FunnelPoint[];
  /** Units left out because their count was withheld. */
  excluded: number;
}

function position(y: number, l2: number, u2: number, l3: number, u3: number): FunnelPoint['position'] {
  if (y > u3) return 'boven-3';
  if (y > u2) return 'boven-2';
  if (y < l3) return 'onder-3';
  if (y < l2) return 'onder-2';
  return 'binnen';
}

/**
 * Control limits at ±2 and ±3 standard deviations around the overall level, with a Poisson model.
 *
 * - Rate mode (every unit has a denominator n > 0): centre p = Σcount ÷ Σn; the limits at n are
 *   p ± z·√(p/n), so small units get wide limits — a funnel.
 * - Count mode (no denominator): centre = mean count per unit m; the limits are m ± z·√m for every
 *   unit (a c-chart). This does not correct for size: a large provider is expected to get more
 *   complaints, so a point above the limits is a reason to ask, not a verdict.
 *
 * Lower limits are never below 0. Withheld counts are excluded (never treated as 0).
 */
export function computeFunnel(inputs: readonly FunnelInput[], per = 1000): Funnel {
  const known = inputs.filter((input): input is FunnelInput & { count: number } => input.count !== null);
  const excluded = inputs.length - known.length;
  const rateMode =
    known.length > 0 &&
    known.every(
      (input) => input.denominator !== null && input.denominator !== undefined && input.denominator > 0,
    );

  if (rateMode) {
    const totalCount = known.reduce((sum, input) => sum + input.count, 0);
    const totalBase = known.reduce((sum, input) => sum + (input.denominator ?? 0), 0);
    const p = totalCount / totalBase;
    const points = known
      .map((input) => {
        const n = input.denominator ?? 1;
        const sd = Math.sqrt(p / n);
        const y = (input.count / n) * per;
        const [l2, u2, l3, u3] = [-2, 2, -3, 3].map((z) => Math.max(0, (p + z * sd) * per)) as [
          number,
          number,
          number,
          number,
        ];
        return {
          code: input.code,
          label: input.label,
          x: n,
          y,
          lower2: l2,
          upper2: u2,
          lower3: l3,
          upper3: u3,
          position: position(y, l2, u2, l3, u3),
        };
      })
      .sort((a, b) => a.x - b.x);
    return { mode: 'rate', centre: p * per, per, points, excluded };
  }

  const mean = known.length > 0 ? known.reduce((sum, input) => sum + input.count, 0) / known.length : 0;
  const sd = Math.sqrt(mean);
  const [l2, u2, l3, u3] = [-2, 2, -3, 3].map((z) => Math.max(0, mean + z * sd)) as [
    number,
    number,
    number,
    number,
  ];
  const points = [...known]
    .sort((a, b) => a.count - b.count || a.label.localeCompare(b.label, 'nl'))
    .map((input, index) => ({
      code: input.code,
      label: input.label,
      x: index + 1,
      y: input.count,
      lower2: l2,
      upper2: u2,
      lower3: l3,
      upper3: u3,
      position: position(input.count, l2, u2, l3, u3),
    }));
  return { mode: 'count', centre: mean, per: 1, points, excluded };
}
