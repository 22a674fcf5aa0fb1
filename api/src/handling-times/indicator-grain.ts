import { GRANULARITIES, GranularityName } from '../metrics/catalog';
import { addDays } from '../metrics/periods';

/**
 * Which grain answers an indicator query: `month` reads the monthly rollups (handling times,
 * outcome_month_*, case_month_theme), `day` the day grain (views over the facts, sql/views/0410), which
 * answers every query.
 */
export type IndicatorGrain = 'day' | 'month';

const isFirstOfMonth = (iso: string): boolean => iso.endsWith('-01');

/**
 * The navigator of the indicator families, with the rule of the metrics navigator (chooseSource):
 * monthly rows give exactly the same numbers when every bucket is made of whole months (MONTH,
 * QUARTER, HALF_YEAR, YEAR or no granularity) and the range runs from the first day of a month to the
 * last day of a month. Otherwise a month row would have to be split, so the day grain is read.
 */
export function chooseIndicatorGrain(selection: {
  from: string;
  to: string;
  granularity: GranularityName | null;
}): IndicatorGrain {
  if (selection.granularity && GRANULARITIES[selection.granularity].monthlyBucketSql === null) return 'day';
  if (selection.from > selection.to) return 'day';
  return isFirstOfMonth(selection.from) && isFirstOfMonth(addDays(selection.to, 1)) ? 'month' : 'day';
}
