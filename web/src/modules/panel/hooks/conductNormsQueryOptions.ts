import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { conductNormsQuery } from '@/modules/panel/graphql/conductNormsQuery';

export function conductNormsQueryOptions() {
  return queryOptions({
    queryKey: ['panel:conduct-norms'],
    queryFn: ({ signal }) => graphqlRequest(conductNormsQuery, {}, { signal }),
    staleTime: Infinity,
  });
}
