import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelCaseQuery } from '@/modules/panel/graphql/panelCaseQuery';

export function panelCaseQueryOptions(sampleId: string, decisionId: string) {
  return queryOptions({
    queryKey: ['panel:case', sampleId, decisionId],
    queryFn: ({ signal }) => graphqlRequest(panelCaseQuery, { sampleId, decisionId }, { signal }),
    // The form keeps its own state once loaded; refetching would not overwrite what is being typed.
    staleTime: Infinity,
  });
}
