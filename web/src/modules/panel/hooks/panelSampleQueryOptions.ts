import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelSampleQuery } from '@/modules/panel/graphql/panelSampleQuery';

export function panelSampleQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['panel:sample', id],
    queryFn: ({ signal }) => graphqlRequest(panelSampleQuery, { id }, { signal }),
  });
}
