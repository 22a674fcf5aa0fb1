import { queryOptions } from '@tanstack/react-query';
import type { Dimension } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { createMetricsQuery } from '@/modules/dashboard/createMetricsQuery';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { metricsQuery } from '@/modules/dashboard/graphql/metricsQuery';

/** Number of complaints and signals per member of one catalog dimension, with the chosen comparison. */
export function breakdownQueryOptions(state: DashboardState, dimension: Dimension) {
  const variables = createMetricsQuery(state, { measures: ['caseCount'], dimensions: [dimension] });
  return queryOptions({
    queryKey: ['breakdowns:caseCount', variables],
    queryFn: ({ signal }) => graphqlRequest(metricsQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
