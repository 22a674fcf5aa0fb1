import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActivateThemeModelMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { activateThemeModelMutation } from '@/modules/themeModels/graphql/activateThemeModelMutation';

/** Takes a model (back) into use, then reloads the list of versions. */
export function useActivateThemeModelMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ActivateThemeModelMutationVariables) =>
      graphqlRequest(activateThemeModelMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['themeModels:list'] }),
  });
}
