import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { signalSubscriptionQuery } from '@/modules/signals/graphql/signalSubscriptionQuery';

export function signalSubscriptionQueryOptions() {
  return queryOptions({
    queryKey: ['signals:subscription'],
    queryFn: ({ signal }) => graphqlRequest(signalSubscriptionQuery, {}, { signal }),
  });
}
