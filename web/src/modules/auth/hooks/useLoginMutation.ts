import { useMutation, useQueryClient } from '@tanstack/react-query';
import { loginMutation } from '@/modules/auth/graphql/loginMutation';
import { meQueryKey } from '@/modules/auth/hooks/meQueryOptions';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { MeQuery } from '@/generated/graphql';

export interface LoginCredentials {
  username: string;
  password: string;
}

/** Logs in; on success the user becomes the `me` answer, without another round trip. */
export function useLoginMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginCredentials) => graphqlRequest(loginMutation, credentials),
    onSuccess: ({ login }) => {
      // Data of a previous user must never be shown to the next one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData<MeQuery>(meQueryKey, { me: login });
    },
  });
}
