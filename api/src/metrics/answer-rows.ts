import { GRANULARITIES, GranularityName } from './catalog';
import { isIsoDate, listBuckets, MAX_ESTIMATED_PERIODS } from './periods';

/** What a dimension is assumed to split an answer into when the query cost is estimated (themes: ~25). */
export const ROWS_PER_DIMENSION = 25;

interface MetricsQueryArgs {
  query?: {
    measures?: unknown[];
    dimensions?: unknown[] | null;
    granularity?: string | null;
    dateRange?: { from?: unknown; to?: unknown };
  };
}

/**
 * The rows a `metrics` answer can hold, for the query cost: periods (granularity × date range) ×
 * ROWS_PER_DIMENSION per dimension × measures. Known before anything runs, so twenty aliased weekly
 * breakdowns are refused instead of computed (issue 19, finding 3).
 */
export function metricsAnswerRows(args: Record<string, unknown>): number {
  const query = (args as MetricsQueryArgs).query;
  if (!query) return 0;
  const { from, to } = query.dateRange ?? {};
  let periods = 1;
  const granularity = query.granularity;
  if (
    granularity &&
    granularity in GRANULARITIES &&
    typeof from === 'string' &&
    typeof to === 'string' &&
    isIsoDate(from) &&
    isIsoDate(to) &&
    from <= to
  ) {
    // Bounded: a range of centuries counts as MAX_ESTIMATED_PERIODS without listing them.
    const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
    periods =
      years > 100 ? MAX_ESTIMATED_PERIODS : listBuckets(from, to, granularity as GranularityName).length;
  }
  const dimensions = query.dimensions?.length ?? 0;
  const measures = Math.max(1, query.measures?.length ?? 1);
  return periods * ROWS_PER_DIMENSION ** dimensions * measures;
}
