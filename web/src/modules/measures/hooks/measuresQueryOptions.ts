import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { measuresQuery } from '@/modules/measures/graphql/measuresQuery';

/** The measures register, optionally of one theme. */
export function measuresQueryOptions(themeCode: string | null = null) {
  return queryOptions({
    queryKey: ['measures:list', themeCode],
    queryFn: ({ signal }) => graphqlRequest(measuresQuery, { themeCode }, { signal }),
    staleTime: 60_000,
  });
}
