import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { signalRulesQuery } from '@/modules/signals/graphql/signalRulesQuery';

export function signalRulesQueryOptions() {
  return queryOptions({
    queryKey: ['signals:rules'],
    queryFn: ({ signal }) => graphqlRequest(signalRulesQuery, {}, { signal }),
    staleTime: 10 * 60_000,
  });
}
