import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { regionalComparisonQuery } from '@/modules/regionalComparison/graphql/regionalComparisonQuery';
import type { RegionalView } from '@/modules/regionalComparison/hooks/useRegionalView';

/** The comparison for the period of the URL, per domain or theme (one domain when one is chosen). */
export function regionalComparisonQueryOptions(state: DashboardState, view: RegionalView) {
  const variables = {
    query: {
      dateRange: { from: state.from, to: state.to },
      dimension: view.dimension === 'thema' ? ('THEMA' as const) : ('DOMEIN' as const),
      domain: state.domains.length === 1 ? state.domains[0] : null,
    },
  };
  return queryOptions({
    queryKey: ['regionalComparison:comparison', variables],
    queryFn: ({ signal }) => graphqlRequest(regionalComparisonQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
    // A refusal (the municipality does not take part) will not change by asking again.
    retry: false,
  });
}
