import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { revokeApiTokenMutation } from '@/modules/apiTokens/graphql/revokeApiTokenMutation';
import { MY_API_TOKENS_KEY } from '@/modules/apiTokens/hooks/myApiTokensQueryOptions';

/** Revokes a token at once, then reloads the list. */
export function useRevokeApiTokenMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => graphqlRequest(revokeApiTokenMutation, { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_API_TOKENS_KEY }),
  });
}
