import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { myApiTokensQuery } from '@/modules/apiTokens/graphql/myApiTokensQuery';

export const MY_API_TOKENS_KEY = ['apiTokens:mine'] as const;

export function myApiTokensQueryOptions() {
  return queryOptions({
    queryKey: MY_API_TOKENS_KEY,
    queryFn: ({ signal }) => graphqlRequest(myApiTokensQuery, {}, { signal }),
  });
}
