import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { thermometerQuery } from '@/modules/thermometer/graphql/thermometerQuery';

/** The thermometer of one quarter ("2025-Q2"); null asks the API for the last complete quarter. */
export function thermometerQueryOptions(period: string | null) {
  const variables = { period };
  return queryOptions({
    queryKey: ['thermometer', variables],
    queryFn: ({ signal }) => graphqlRequest(thermometerQuery, variables, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
