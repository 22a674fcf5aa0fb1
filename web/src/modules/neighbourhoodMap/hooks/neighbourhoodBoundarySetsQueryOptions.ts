import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { neighbourhoodBoundarySetsQuery } from '@/modules/neighbourhoodMap/graphql/neighbourhoodBoundarySetsQuery';

export function neighbourhoodBoundarySetsQueryOptions() {
  return queryOptions({
    queryKey: ['beheer:boundaries'],
    queryFn: ({ signal }) => graphqlRequest(neighbourhoodBoundarySetsQuery, {}, { signal }),
  });
}
