import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { themeReviewWeeksQuery } from '@/modules/themeReview/graphql/themeReviewWeeksQuery';

export function themeReviewWeeksQueryOptions() {
  return queryOptions({
    queryKey: ['themeReview:weeks'],
    queryFn: ({ signal }) => graphqlRequest(themeReviewWeeksQuery, {}, { signal }),
    staleTime: 60_000,
  });
}
