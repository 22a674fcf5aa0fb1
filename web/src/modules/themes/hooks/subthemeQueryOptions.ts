import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { createMetricsQuery } from '@/modules/dashboard/createMetricsQuery';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { metricsQuery } from '@/modules/dashboard/graphql/metricsQuery';

/**
 * Complaints and signals of one theme per subtheme (the theme filter takes in its subthemes, the
 * same roll-up rule as the theme's bar and its records), with the chosen comparison.
 */
export function subthemeQueryOptions(state: DashboardState, themeCode: string) {
  const base = createMetricsQuery(state, { measures: ['caseCount'], dimensions: ['subtheme'] });
  const variables = { query: { ...base.query, filters: { ...base.query.filters, theme: [themeCode] } } };
  return queryOptions({
    queryKey: ['themes:subthemes', variables],
    queryFn: ({ signal }) => graphqlRequest(metricsQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
