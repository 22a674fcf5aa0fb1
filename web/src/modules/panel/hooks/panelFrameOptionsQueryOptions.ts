import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelFrameOptionsQuery } from '@/modules/panel/graphql/panelFrameOptionsQuery';

export function panelFrameOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['panel:frame-options'],
    queryFn: ({ signal }) => graphqlRequest(panelFrameOptionsQuery, {}, { signal }),
    staleTime: 5 * 60_000,
  });
}
