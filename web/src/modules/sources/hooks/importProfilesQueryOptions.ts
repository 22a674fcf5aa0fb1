import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { importProfilesQuery } from '@/modules/sources/graphql/importProfilesQuery';

export function importProfilesQueryOptions() {
  return queryOptions({
    queryKey: ['sources:importProfiles'],
    queryFn: ({ signal }) => graphqlRequest(importProfilesQuery, {}, { signal }),
    staleTime: 10 * 60_000,
  });
}
