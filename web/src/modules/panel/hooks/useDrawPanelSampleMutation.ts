import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DrawPanelSampleMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { drawPanelSampleMutation } from '@/modules/panel/graphql/drawPanelSampleMutation';

export function useDrawPanelSampleMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DrawPanelSampleMutationVariables) =>
      graphqlRequest(drawPanelSampleMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['panel:samples'] }),
  });
}
