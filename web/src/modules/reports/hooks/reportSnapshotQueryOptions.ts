import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { reportSnapshotQuery } from '@/modules/reports/graphql/reportSnapshotQuery';

/** A frozen report never changes, so it is never refetched. */
export function reportSnapshotQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['reports:snapshot', id],
    queryFn: ({ signal }) => graphqlRequest(reportSnapshotQuery, { id }, { signal }),
    staleTime: Infinity,
  });
}
