import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelSignalFindingsQuery } from '@/modules/panel/graphql/panelSignalFindingsQuery';

export function panelSignalFindingsQueryOptions() {
  return queryOptions({
    queryKey: ['panel:signal-findings'],
    queryFn: ({ signal }) => graphqlRequest(panelSignalFindingsQuery, {}, { signal }),
  });
}
