import { queryOptions } from '@tanstack/react-query';
import { createMetricsQuery } from '@/modules/dashboard/createMetricsQuery';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { metricsQuery } from '@/modules/dashboard/graphql/metricsQuery';
import { graphqlRequest } from '@/lib/graphqlClient';

/** Number of complaints and signals per time bucket of the filter state. */
export function themeTrendQueryOptions(state: DashboardState) {
  const variables = createMetricsQuery(state, { measures: ['caseCount'], timeSeries: true });
  return queryOptions({
    queryKey: ['themes:trend', variables],
    queryFn: ({ signal }) => graphqlRequest(metricsQuery, variables, { signal }),
    staleTime: 60_000,
    // Keep the previous chart while new figures load, so it does not flash on every filter change.
    placeholderData: (previous) => previous,
  });
}
