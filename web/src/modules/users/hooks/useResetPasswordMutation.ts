import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResetUserPasswordMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { resetPasswordMutation } from '@/modules/users/graphql/resetPasswordMutation';

/** Sets a new password for an account. */
export function useResetPasswordMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ResetUserPasswordMutationVariables) =>
      graphqlRequest(resetPasswordMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['beheer:users'] }),
  });
}
