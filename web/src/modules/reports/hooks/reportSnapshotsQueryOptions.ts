import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { reportSnapshotsQuery } from '@/modules/reports/graphql/reportSnapshotsQuery';

export function reportSnapshotsQueryOptions() {
  return queryOptions({
    queryKey: ['reports:snapshots'],
    queryFn: ({ signal }) => graphqlRequest(reportSnapshotsQuery, {}, { signal }),
    staleTime: 60_000,
  });
}
