import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { dataFreshnessQuery } from '@/modules/sources/graphql/dataFreshnessQuery';

export function dataFreshnessQueryOptions() {
  return queryOptions({
    queryKey: ['sources:freshness'],
    queryFn: ({ signal }) => graphqlRequest(dataFreshnessQuery, {}, { signal }),
    staleTime: 60_000,
  });
}
