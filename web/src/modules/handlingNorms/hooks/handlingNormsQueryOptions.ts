import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { handlingNormsQuery } from '@/modules/handlingNorms/graphql/handlingNormsQuery';

export const HANDLING_NORMS_KEY = ['beheer:handling-norms'] as const;

export function handlingNormsQueryOptions() {
  return queryOptions({
    queryKey: HANDLING_NORMS_KEY,
    queryFn: ({ signal }) => graphqlRequest(handlingNormsQuery, {}, { signal }),
  });
}
