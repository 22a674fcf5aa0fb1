import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { clientRatesQuery } from '@/modules/providers/graphql/clientRatesQuery';

/** The calendar year the rates are for: client counts are yearly, so the year of the period's end. */
export function clientRatesYear(state: DashboardState): number {
  return Number(state.to.slice(0, 4));
}

/** Complaints per 1,000 clients per provider in the year of the period's end (one domain when chosen). */
export function clientRatesQueryOptions(state: DashboardState) {
  const variables = {
    input: {
      year: clientRatesYear(state),
      municipalityCode: state.municipalities.length === 1 ? state.municipalities[0] : null,
      domain: state.domains.length === 1 ? state.domains[0] : null,
    },
  };
  return queryOptions({
    queryKey: ['providers:clientRates', variables],
    queryFn: ({ signal }) => graphqlRequest(clientRatesQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
