import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EndHandlingNormMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { endHandlingNormMutation } from '@/modules/handlingNorms/graphql/endHandlingNormMutation';
import { HANDLING_NORMS_KEY } from '@/modules/handlingNorms/hooks/handlingNormsQueryOptions';

/** Ends a norm on a day, then reloads the list. */
export function useEndHandlingNormMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: EndHandlingNormMutationVariables) =>
      graphqlRequest(endHandlingNormMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HANDLING_NORMS_KEY }),
  });
}
