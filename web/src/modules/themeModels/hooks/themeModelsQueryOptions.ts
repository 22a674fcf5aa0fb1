import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { themeModelsQuery } from '@/modules/themeModels/graphql/themeModelsQuery';

export function themeModelsQueryOptions() {
  return queryOptions({
    queryKey: ['themeModels:list'],
    queryFn: ({ signal }) => graphqlRequest(themeModelsQuery, {}, { signal }),
  });
}
