import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { importJobQuery } from '@/modules/sources/graphql/importJobQuery';

const POLL_MS = 1000;

/** One import; polls every second while it waits or runs, and stops when it has ended. */
export function importJobQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['sources:importJob', { id }],
    queryFn: ({ signal }) => graphqlRequest(importJobQuery, { id }, { signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.importJob?.status;
      return status === 'succeeded' || status === 'failed' || status === 'duplicate' ? false : POLL_MS;
    },
  });
}
