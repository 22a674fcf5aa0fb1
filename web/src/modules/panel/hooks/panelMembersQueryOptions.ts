import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelMembersQuery } from '@/modules/panel/graphql/panelMembersQuery';

export function panelMembersQueryOptions() {
  return queryOptions({
    queryKey: ['panel:members'],
    queryFn: ({ signal }) => graphqlRequest(panelMembersQuery, {}, { signal }),
  });
}
