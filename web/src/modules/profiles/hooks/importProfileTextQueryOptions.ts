import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { importProfileTextQuery } from '@/modules/profiles/graphql/importProfileTextQuery';

export function importProfileTextQueryOptions(name: string | null) {
  return queryOptions({
    queryKey: ['profiles:text', name],
    queryFn: ({ signal }) => graphqlRequest(importProfileTextQuery, { name: name ?? '' }, { signal }),
    enabled: name !== null,
  });
}
