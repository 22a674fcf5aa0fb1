import { queryOptions } from '@tanstack/react-query';
import type { CaseRecordFilterInput } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { caseRecordsQuery } from '@/modules/records/graphql/caseRecordsQuery';

export const RECORDS_PAGE_SIZE = 25;

/** One page of redacted records; `after` is the cursor of the previous page (null: first page). */
export function caseRecordsQueryOptions(filter: CaseRecordFilterInput, after: string | null) {
  const page = { first: RECORDS_PAGE_SIZE, ...(after ? { after } : {}) };
  return queryOptions({
    queryKey: ['records:list', { filter, page }],
    queryFn: ({ signal }) => graphqlRequest(caseRecordsQuery, { filter, page }, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
