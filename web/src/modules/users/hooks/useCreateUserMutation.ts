import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { createUserMutation } from '@/modules/users/graphql/createUserMutation';

/** Creates an account, then reloads the list. */
export function useCreateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateUserMutationVariables) => graphqlRequest(createUserMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['beheer:users'] }),
  });
}
