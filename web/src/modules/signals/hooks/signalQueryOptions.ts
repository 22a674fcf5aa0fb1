import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { signalQuery } from '@/modules/signals/graphql/signalQuery';

export function signalQueryOptions(id: string | null) {
  return queryOptions({
    queryKey: ['signals:detail', { id }],
    queryFn: ({ signal }) => graphqlRequest(signalQuery, { id: id ?? '' }, { signal }),
    enabled: id !== null,
    staleTime: 60_000,
  });
}
