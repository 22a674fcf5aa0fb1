import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { taxonomyThemesQuery } from '@/modules/taxonomy/graphql/taxonomyThemesQuery';

export function taxonomyThemesQueryOptions() {
  return queryOptions({
    queryKey: ['taxonomy:themes'],
    queryFn: ({ signal }) => graphqlRequest(taxonomyThemesQuery, {}, { signal }),
  });
}
