import { queryOptions } from '@tanstack/react-query';
import type { IndicatorDimension } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { handlingTimesQuery } from '@/modules/waiting-times/graphql/handlingTimesQuery';
import { createIndicatorQuery } from '@/modules/waiting-times/utils/createIndicatorQuery';

/**
 * Handling times of complaints (Awb 9:11) for the URL state, per member of the dimension; open complaints
 * counted on `asOf` (null: each source's export date).
 */
export function handlingTimesQueryOptions(
  state: DashboardState,
  dimension: IndicatorDimension,
  asOf: string | null,
) {
  const variables = {
    query: { ...createIndicatorQuery(state, { dimension }), family: 'klacht' as const, asOf },
  };
  return queryOptions({
    queryKey: ['waitingTimes:handlingTimes', variables],
    queryFn: ({ signal }) => graphqlRequest(handlingTimesQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
