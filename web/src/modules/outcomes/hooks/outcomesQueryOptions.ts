import { queryOptions } from '@tanstack/react-query';
import type { HandlingTimeFamily, OutcomeDimension } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { outcomesQuery } from '@/modules/outcomes/graphql/outcomesQuery';
import { createOutcomesQuery } from '@/modules/outcomes/utils/createOutcomesQuery';

/** Outcomes of complaints or objections for the URL state, per member of the dimension. */
export function outcomesQueryOptions(
  state: DashboardState,
  family: HandlingTimeFamily,
  dimension: OutcomeDimension,
) {
  const variables = { query: createOutcomesQuery(state, family, dimension) };
  return queryOptions({
    queryKey: ['outcomes:outcomes', variables],
    queryFn: ({ signal }) => graphqlRequest(outcomesQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
