import { queryOptions } from '@tanstack/react-query';
import { meQuery } from '@/modules/auth/graphql/meQuery';
import { graphqlRequest } from '@/lib/graphqlClient';

export const meQueryKey = ['auth:me'] as const;

/**
 * Who is logged in (null without a session). The session only changes through login and logout,
 * which write this cache entry themselves, so it never goes stale on its own.
 */
export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => graphqlRequest(meQuery, {}, { signal }),
    staleTime: Infinity,
  });
}
