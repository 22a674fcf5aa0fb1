import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateUserMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { updateUserMutation } from '@/modules/users/graphql/updateUserMutation';

/** Changes an account, then reloads the list. */
export function useUpdateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateUserMutationVariables) => graphqlRequest(updateUserMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['beheer:users'] }),
  });
}
