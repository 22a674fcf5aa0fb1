import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logoutMutation } from '@/modules/auth/graphql/logoutMutation';
import { meQueryKey } from '@/modules/auth/hooks/meQueryOptions';
import { graphqlRequest } from '@/lib/graphqlClient';
import type { MeQuery } from '@/generated/graphql';

/** Ends the session and drops every cached answer, so nothing of this user stays in memory. */
export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => graphqlRequest(logoutMutation, {}),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData<MeQuery>(meQueryKey, { me: null });
    },
  });
}
