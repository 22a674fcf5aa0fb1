import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelSampleRedrawCheckQuery } from '@/modules/panel/graphql/panelSampleRedrawCheckQuery';

/** Runs only when asked (enabled by the caller): it draws the whole frame again. */
export function panelSampleRedrawCheckQueryOptions(id: string, enabled: boolean) {
  return queryOptions({
    queryKey: ['panel:redraw-check', id],
    queryFn: ({ signal }) => graphqlRequest(panelSampleRedrawCheckQuery, { id }, { signal }),
    enabled,
  });
}
