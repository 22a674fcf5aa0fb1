import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { upheldMeasuresQuery } from '@/modules/outcomes/graphql/upheldMeasuresQuery';
import { createOutcomesQuery } from '@/modules/outcomes/utils/createOutcomesQuery';

/** Measures taken for upheld complaints in the URL state's period and filters. */
export function upheldMeasuresQueryOptions(state: DashboardState) {
  const variables = { query: createOutcomesQuery(state, 'klacht', 'domain') };
  return queryOptions({
    queryKey: ['outcomes:upheldMeasures', variables],
    queryFn: ({ signal }) => graphqlRequest(upheldMeasuresQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
