import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { chainQuery } from '@/modules/chain/graphql/chainQuery';
import { createChainQuery } from '@/modules/chain/utils/createChainQuery';

/** The chain funnel for the URL state; both chain panels share this one cached query. */
export function chainQueryOptions(state: DashboardState) {
  const variables = createChainQuery(state);
  return queryOptions({
    queryKey: ['chain', variables],
    queryFn: ({ signal }) => graphqlRequest(chainQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
