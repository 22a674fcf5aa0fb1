import { queryOptions } from '@tanstack/react-query';
import type { ProviderComplianceQueryVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { providerComplianceQuery } from '@/modules/providers/graphql/providerComplianceQuery';

/** Half-year reporting compliance for the period and municipalities of the URL state. */
export function providerComplianceQueryOptions(state: DashboardState) {
  const variables: ProviderComplianceQueryVariables = {
    query: {
      dateRange: { from: state.from, to: state.to },
      ...(state.municipalities.length > 0 ? { municipality: [...state.municipalities] } : {}),
    },
  };
  return queryOptions({
    queryKey: ['providers:compliance', variables],
    queryFn: ({ signal }) => graphqlRequest(providerComplianceQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
