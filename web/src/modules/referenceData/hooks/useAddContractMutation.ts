import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddContractMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { addContractMutation } from '@/modules/referenceData/graphql/addContractMutation';

/** Adds a contract, then reloads the list. */
export function useAddContractMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AddContractMutationVariables) => graphqlRequest(addContractMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['beheer:contracts'] }),
  });
}
