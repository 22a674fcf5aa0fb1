import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { signalEvidenceRecordsQuery } from '@/modules/signals/graphql/signalEvidenceRecordsQuery';

/** The redacted records behind a signal; only for record roles (the API refuses the others). */
export function signalEvidenceRecordsQueryOptions(id: string, enabled: boolean, limit = 50) {
  return queryOptions({
    queryKey: ['signals:evidenceRecords', { id, limit }],
    queryFn: ({ signal }) => graphqlRequest(signalEvidenceRecordsQuery, { id, limit }, { signal }),
    enabled,
    staleTime: 60_000,
  });
}
