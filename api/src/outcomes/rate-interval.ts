import { DisclosedCount, exact, SUPPRESSED } from '../disclosure/disclosure';
import { wilsonInterval } from '../panel/panel-statistics';

export interface RateBounds {
  lower: DisclosedCount;
  upper: DisclosedCount;
}

const NONE: RateBounds = { lower: exact(null), upper: exact(null) };

/**
 * The Wilson 95 % interval (in percent) around numerator ÷ denominator, from the published counts:
 * withheld when either count is, null when the denominator is 0. For aggregate roles the counts are
 * perturbed, so the share is clamped to 0..1 (a perturbed numerator can exceed its denominator).
 */
export function wilsonBounds(numerator: DisclosedCount, denominator: DisclosedCount): RateBounds {
  if (numerator.suppressed || denominator.suppressed) return { lower: SUPPRESSED, upper: SUPPRESSED };
  if (numerator.value === null || !denominator.value) return NONE;
  const share = Math.min(1, Math.max(0, numerator.value / denominator.value));
  const interval = wilsonInterval(share, denominator.value);
  if (!interval) return NONE;
  return { lower: exact(interval.lower * 100), upper: exact(interval.upper * 100) };
}
