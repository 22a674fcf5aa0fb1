import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { reportDocumentQuery } from '@/modules/reports/graphql/reportDocumentQuery';

/** A document being rendered: polled every half second until it is ready or failed. */
export function reportDocumentQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['reports:document', id],
    queryFn: ({ signal }) => graphqlRequest(reportDocumentQuery, { id }, { signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.reportDocument?.status;
      return status === 'klaar' || status === 'mislukt' ? false : 500;
    },
  });
}
