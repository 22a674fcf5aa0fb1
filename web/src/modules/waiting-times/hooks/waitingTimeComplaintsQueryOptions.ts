import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import type { IndicatorDimension } from '@/generated/graphql';
import { waitingTimeComplaintsQuery } from '@/modules/waiting-times/graphql/waitingTimeComplaintsQuery';
import { createIndicatorQuery } from '@/modules/waiting-times/utils/createIndicatorQuery';

/**
 * Waiting-time complaints for the URL state: per bucket of its interval (`timeSeries`), or for the
 * whole period per member of a dimension.
 */
export function waitingTimeComplaintsQueryOptions(
  state: DashboardState,
  params: { dimension?: IndicatorDimension; timeSeries?: boolean },
) {
  const variables = { query: createIndicatorQuery(state, params) };
  return queryOptions({
    queryKey: ['waitingTimes:complaints', variables],
    queryFn: ({ signal }) => graphqlRequest(waitingTimeComplaintsQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
