import { queryOptions } from '@tanstack/react-query';
import type { ReportInput } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { reportPreviewQuery } from '@/modules/reports/graphql/reportPreviewQuery';

/** The report composed now, as the council would see it; not stored. */
export function reportPreviewQueryOptions(input: ReportInput | null) {
  return queryOptions({
    queryKey: ['reports:preview', input],
    queryFn: ({ signal }) => graphqlRequest(reportPreviewQuery, { input: input as ReportInput }, { signal }),
    enabled: input !== null,
    staleTime: 60_000,
  });
}
