import type { HandlingTimeFamily, OutcomeDimension, OutcomesQueryInput } from '@/generated/graphql';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { createIndicatorQuery } from '@/modules/waiting-times/utils/createIndicatorQuery';

/**
 * The URL state as an `OutcomesQueryInput`: the same period and filters as the other indicator
 * families (createIndicatorQuery), one total per member of `dimension` over the whole period.
 */
export function createOutcomesQuery(
  state: DashboardState,
  family: HandlingTimeFamily,
  dimension: OutcomeDimension,
): OutcomesQueryInput {
  const { dateRange, filters } = createIndicatorQuery(state, {});
  return { family, dateRange, filters, dimension, granularity: null };
}
