import { GraphQLError } from 'graphql';
import { GranularityName } from '../metrics/catalog';
import { addDays, addMonths, bucketStart, isIsoDate } from '../metrics/periods';

/**
 * The grid of periods the aggregate-only roles may ask for (docs/security.md, "The grid"): whole
 * months, in buckets of a month, quarter, half year or year. A date range is widened to whole months
 * (its first month from the 1st, its last month to the last day), so two ranges that differ by a few
 * days are the same question and get the same answer; weeks are refused. Data never lies in the
 * future, so widening the last month to its end changes nothing for a range that ends today.
 */
export const GRID_GRANULARITIES: readonly GranularityName[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'];

export interface DateRange {
  from: string;
  to: string;
}

/** The range widened to whole months; refuses a week granularity. Leaves invalid dates to the caller. */
export function snapToGrid(range: DateRange, granularity: GranularityName | null): DateRange {
  if (granularity !== null && !GRID_GRANULARITIES.includes(granularity)) {
    throw new GraphQLError(
      'Met uw rol zijn cijfers alleen per maand, kwartaal, halfjaar of jaar beschikbaar, niet per week.',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  if (!isIsoDate(range.from) || !isIsoDate(range.to) || range.from > range.to) return range;
  return {
    from: bucketStart(range.from, 'MONTH'),
    to: addDays(addMonths(bucketStart(range.to, 'MONTH'), 1), -1),
  };
}
