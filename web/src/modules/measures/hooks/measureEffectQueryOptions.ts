import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { measureEffectQuery } from '@/modules/measures/graphql/measureEffectQuery';

/** One measure with its u-chart and verdict. */
export function measureEffectQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['measures:effect', id],
    queryFn: ({ signal }) => graphqlRequest(measureEffectQuery, { id }, { signal }),
    staleTime: 60_000,
  });
}
