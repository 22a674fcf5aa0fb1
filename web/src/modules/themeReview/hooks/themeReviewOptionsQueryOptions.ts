import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { themeReviewOptionsQuery } from '@/modules/themeReview/graphql/themeReviewOptionsQuery';

export function themeReviewOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['themeReview:options'],
    queryFn: ({ signal }) => graphqlRequest(themeReviewOptionsQuery, {}, { signal }),
    staleTime: 10 * 60_000,
  });
}
