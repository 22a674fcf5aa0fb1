import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelFindingsQuery } from '@/modules/panel/graphql/panelFindingsQuery';

export function panelFindingsQueryOptions(sampleId: string | null) {
  return queryOptions({
    queryKey: ['panel:findings', sampleId],
    queryFn: ({ signal }) => graphqlRequest(panelFindingsQuery, { sampleId }, { signal }),
  });
}
