import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { panelCasesQuery } from '@/modules/panel/graphql/panelCasesQuery';

/** The cases the caller may read: a member only those assigned to them. */
export function panelCasesQueryOptions(sampleId: string | null) {
  return queryOptions({
    queryKey: ['panel:cases', sampleId],
    queryFn: ({ signal }) => graphqlRequest(panelCasesQuery, { sampleId }, { signal }),
  });
}
