import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelSamplesQuery } from '@/modules/panel/graphql/panelSamplesQuery';

export function panelSamplesQueryOptions() {
  return queryOptions({
    queryKey: ['panel:samples'],
    queryFn: ({ signal }) => graphqlRequest(panelSamplesQuery, {}, { signal }),
  });
}
