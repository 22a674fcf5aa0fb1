import { queryOptions } from '@tanstack/react-query';
import { healthQuery } from '@/modules/system/graphql/healthQuery';
import { graphqlRequest } from '@/lib/graphqlClient';

/** The health query has no variables, so its key is just the name. */
export function healthQueryOptions() {
  return queryOptions({
    queryKey: ['system:health'],
    queryFn: ({ signal }) => graphqlRequest(healthQuery, {}, { signal }),
    // A status that is half a minute old is fresh enough; it avoids a request on every page visit.
    staleTime: 30_000,
  });
}
