import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { referenceOrganisationsQuery } from '@/modules/referenceData/graphql/referenceOrganisationsQuery';

export function referenceOrganisationsQueryOptions() {
  return queryOptions({
    queryKey: ['beheer:organisations'],
    queryFn: ({ signal }) => graphqlRequest(referenceOrganisationsQuery, {}, { signal }),
  });
}
