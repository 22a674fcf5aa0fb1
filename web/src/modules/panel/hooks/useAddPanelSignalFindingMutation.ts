import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddPanelSignalFindingMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { addPanelSignalFindingMutation } from '@/modules/panel/graphql/addPanelSignalFindingMutation';

export function useAddPanelSignalFindingMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AddPanelSignalFindingMutationVariables) =>
      graphqlRequest(addPanelSignalFindingMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['panel:signal-findings'] }),
  });
}
