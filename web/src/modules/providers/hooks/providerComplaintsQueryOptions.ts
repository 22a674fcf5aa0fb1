import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { createMetricsQuery } from '@/modules/dashboard/createMetricsQuery';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { metricsQuery } from '@/modules/dashboard/graphql/metricsQuery';

/** Complaints and signals per organisation complained about, over the whole period. */
export function providerComplaintsQueryOptions(state: DashboardState) {
  const variables = createMetricsQuery(state, {
    measures: ['caseCount'],
    dimensions: ['subjectOrganisation'],
    compare: false,
    omitFilters: ['subjectOrganisation'],
  });
  return queryOptions({
    queryKey: ['providers:complaints', variables],
    queryFn: ({ signal }) => graphqlRequest(metricsQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
