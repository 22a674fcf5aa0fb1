import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { importsQuery } from '@/modules/sources/graphql/importsQuery';

export function importsQueryOptions(limit = 25, offset = 0) {
  return queryOptions({
    queryKey: ['sources:imports', { limit, offset }],
    queryFn: ({ signal }) => graphqlRequest(importsQuery, { limit, offset }, { signal }),
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
}
