import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { referenceMunicipalitiesQuery } from '@/modules/referenceData/graphql/referenceMunicipalitiesQuery';

export function referenceMunicipalitiesQueryOptions() {
  return queryOptions({
    queryKey: ['beheer:municipalities'],
    queryFn: ({ signal }) => graphqlRequest(referenceMunicipalitiesQuery, {}, { signal }),
  });
}
