import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { referenceContractsQuery } from '@/modules/referenceData/graphql/referenceContractsQuery';

export function referenceContractsQueryOptions() {
  return queryOptions({
    queryKey: ['beheer:contracts'],
    queryFn: ({ signal }) => graphqlRequest(referenceContractsQuery, {}, { signal }),
  });
}
