import { queryOptions } from '@tanstack/react-query';
import type { CaseRecordFilterInput } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { caseRecordsQuery } from '@/modules/records/graphql/caseRecordsQuery';

export const RECORDS_PAGE_SIZE = 25;

/** One page of redacted records; `pageNumber` starts at 1 (a number, so a link can name it). */
export function caseRecordsQueryOptions(filter: CaseRecordFilterInput, pageNumber: number) {
  const page = { first: RECORDS_PAGE_SIZE, offset: (pageNumber - 1) * RECORDS_PAGE_SIZE };
  return queryOptions({
    queryKey: ['records:list', { filter, page }],
    queryFn: ({ signal }) => graphqlRequest(caseRecordsQuery, { filter, page }, { signal }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
