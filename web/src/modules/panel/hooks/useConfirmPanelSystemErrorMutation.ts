import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConfirmPanelSystemErrorMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { confirmPanelSystemErrorMutation } from '@/modules/panel/graphql/confirmPanelSystemErrorMutation';

export function useConfirmPanelSystemErrorMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: ConfirmPanelSystemErrorMutationVariables) =>
      graphqlRequest(confirmPanelSystemErrorMutation, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['panel:case'] }),
        queryClient.invalidateQueries({ queryKey: ['panel:cases'] }),
        queryClient.invalidateQueries({ queryKey: ['panel:findings'] }),
        queryClient.invalidateQueries({ queryKey: ['signals:list'] }),
      ]),
  });
}
