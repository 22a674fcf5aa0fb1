import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { themeReviewQueueQuery } from '@/modules/themeReview/graphql/themeReviewQueueQuery';

/** The next suggestions to review; the queue is short-lived, so it is always fetched fresh. */
export function themeReviewQueueQueryOptions(limit: number) {
  return queryOptions({
    queryKey: ['themeReview:queue', { limit }],
    queryFn: ({ signal }) => graphqlRequest(themeReviewQueueQuery, { limit }, { signal }),
    staleTime: 0,
  });
}
