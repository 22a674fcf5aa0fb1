import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { savedViewsQuery } from '@/modules/savedViews/graphql/savedViewsQuery';

export const SAVED_VIEWS_KEY = ['savedViews'] as const;

/** The user's own views and those colleagues share with them. */
export function savedViewsQueryOptions() {
  return queryOptions({
    queryKey: SAVED_VIEWS_KEY,
    queryFn: ({ signal }) => graphqlRequest(savedViewsQuery, {}, { signal }),
  });
}
