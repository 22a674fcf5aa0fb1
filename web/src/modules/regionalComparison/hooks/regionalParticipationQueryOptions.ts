import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { regionalParticipationQuery } from '@/modules/regionalComparison/graphql/regionalParticipationQuery';

export function regionalParticipationQueryOptions() {
  return queryOptions({
    queryKey: ['regionalComparison:participation'],
    queryFn: ({ signal }) => graphqlRequest(regionalParticipationQuery, {}, { signal }),
  });
}
