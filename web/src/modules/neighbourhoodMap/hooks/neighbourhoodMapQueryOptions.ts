import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { createMetricsQuery } from '@/modules/dashboard/createMetricsQuery';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { neighbourhoodMapQuery } from '@/modules/neighbourhoodMap/graphql/neighbourhoodMapQuery';

/** The map for the period and filters of the URL (the same filters as every other panel). */
export function neighbourhoodMapQueryOptions(state: DashboardState) {
  const { dateRange, filters } = createMetricsQuery(state, { measures: ['caseCount'], compare: false }).query;
  const variables = { query: { dateRange, filters } };
  return queryOptions({
    queryKey: ['neighbourhoods:map', variables],
    queryFn: ({ signal }) => graphqlRequest(neighbourhoodMapQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
