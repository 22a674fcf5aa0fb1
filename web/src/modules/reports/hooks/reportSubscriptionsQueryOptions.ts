import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { reportSubscriptionsQuery } from '@/modules/reports/graphql/reportSubscriptionsQuery';

export function reportSubscriptionsQueryOptions() {
  return queryOptions({
    queryKey: ['reports:subscriptions'],
    queryFn: ({ signal }) => graphqlRequest(reportSubscriptionsQuery, {}, { signal }),
  });
}
