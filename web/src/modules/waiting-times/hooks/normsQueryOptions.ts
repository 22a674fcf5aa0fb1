import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { normsQuery } from '@/modules/waiting-times/graphql/normsQuery';

/** The configured legal terms and guidelines; they change with a release, not per filter. */
export function normsQueryOptions() {
  return queryOptions({
    queryKey: ['waitingTimes:norms'],
    queryFn: ({ signal }) => graphqlRequest(normsQuery, {}, { signal }),
    staleTime: 60 * 60_000,
  });
}
