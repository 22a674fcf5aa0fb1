import { queryOptions } from '@tanstack/react-query';
import { createMetricsQuery } from '@/modules/dashboard/createMetricsQuery';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { metricsQuery } from '@/modules/dashboard/graphql/metricsQuery';
import { graphqlRequest } from '@/lib/graphqlClient';

/** Number of complaints and signals per theme over the whole period, with the chosen comparison. */
export function themeBreakdownQueryOptions(state: DashboardState) {
  const variables = createMetricsQuery(state, { measures: ['caseCount'], dimensions: ['theme'] });
  return queryOptions({
    queryKey: ['themes:breakdown', variables],
    queryFn: ({ signal }) => graphqlRequest(metricsQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
