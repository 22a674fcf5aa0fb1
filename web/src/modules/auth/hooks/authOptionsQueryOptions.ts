import { queryOptions } from '@tanstack/react-query';
import { authOptionsQuery } from '@/modules/auth/graphql/authOptionsQuery';
import { graphqlRequest } from '@/lib/graphqlClient';

/** Which ways to log in this installation offers; they only change with its configuration. */
export function authOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['auth:options'],
    queryFn: ({ signal }) => graphqlRequest(authOptionsQuery, {}, { signal }),
    staleTime: Infinity,
  });
}
