import { queryOptions } from '@tanstack/react-query';
import type { SignalFilterInput } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { signalsQuery } from '@/modules/signals/graphql/signalsQuery';

export function signalsQueryOptions(filter: SignalFilterInput) {
  return queryOptions({
    queryKey: ['signals:list', filter],
    queryFn: ({ signal }) => graphqlRequest(signalsQuery, { filter }, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
