import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { compareReportSnapshotsQuery } from '@/modules/reports/graphql/compareReportSnapshotsQuery';

export function compareReportSnapshotsQueryOptions(first: string, second: string) {
  return queryOptions({
    queryKey: ['reports:compare', first, second],
    queryFn: ({ signal }) => graphqlRequest(compareReportSnapshotsQuery, { first, second }, { signal }),
    staleTime: Infinity,
  });
}
