import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { managedUsersQuery } from '@/modules/users/graphql/managedUsersQuery';

export function managedUsersQueryOptions() {
  return queryOptions({
    queryKey: ['beheer:users'],
    queryFn: ({ signal }) => graphqlRequest(managedUsersQuery, {}, { signal }),
  });
}
