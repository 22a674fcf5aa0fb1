import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignPanelMembersMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { assignPanelMembersMutation } from '@/modules/panel/graphql/assignPanelMembersMutation';

export function useAssignPanelMembersMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: AssignPanelMembersMutationVariables) =>
      graphqlRequest(assignPanelMembersMutation, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['panel:sample'] }),
        queryClient.invalidateQueries({ queryKey: ['panel:samples'] }),
      ]),
  });
}
