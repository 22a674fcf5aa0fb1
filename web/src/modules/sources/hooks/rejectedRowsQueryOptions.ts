import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { rejectedRowsQuery } from '@/modules/sources/graphql/rejectedRowsQuery';

export function rejectedRowsQueryOptions(importId: string, limit = 100, offset = 0) {
  return queryOptions({
    queryKey: ['sources:rejectedRows', { importId, limit, offset }],
    queryFn: ({ signal }) => graphqlRequest(rejectedRowsQuery, { importId, limit, offset }, { signal }),
    staleTime: 60_000,
  });
}
