import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { caseRecordQuery } from '@/modules/records/graphql/caseRecordQuery';

export function caseRecordQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['records:detail', { id }],
    queryFn: ({ signal }) => graphqlRequest(caseRecordQuery, { id }, { signal }),
    staleTime: 60_000,
  });
}
