import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { recommendationFollowUpQuery } from '@/modules/measures/graphql/recommendationFollowUpQuery';

export function recommendationFollowUpQueryOptions() {
  return queryOptions({
    queryKey: ['measures:follow-up'],
    queryFn: ({ signal }) => graphqlRequest(recommendationFollowUpQuery, {}, { signal }),
    staleTime: 60_000,
  });
}
