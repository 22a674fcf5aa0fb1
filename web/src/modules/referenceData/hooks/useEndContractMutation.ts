import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EndContractMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { endContractMutation } from '@/modules/referenceData/graphql/endContractMutation';

/** Ends a contract, then reloads the list. */
export function useEndContractMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: EndContractMutationVariables) => graphqlRequest(endContractMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['beheer:contracts'] }),
  });
}
