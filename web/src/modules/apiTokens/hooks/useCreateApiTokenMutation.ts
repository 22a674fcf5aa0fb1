import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateApiTokenMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { createApiTokenMutation } from '@/modules/apiTokens/graphql/createApiTokenMutation';
import { MY_API_TOKENS_KEY } from '@/modules/apiTokens/hooks/myApiTokensQueryOptions';

/** Creates a token (its secret is in the answer, once), then reloads the list. */
export function useCreateApiTokenMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateApiTokenMutationVariables) =>
      graphqlRequest(createApiTokenMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_API_TOKENS_KEY }),
  });
}
