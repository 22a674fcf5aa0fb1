import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateSignalStatusMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { updateSignalStatusMutation } from '@/modules/signals/graphql/updateSignalStatusMutation';

/** Sets status and note of a signal, then refreshes the list and the detail. */
export function useUpdateSignalStatusMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateSignalStatusMutationVariables) =>
      graphqlRequest(updateSignalStatusMutation, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['signals:list'] }),
        queryClient.invalidateQueries({ queryKey: ['signals:detail'] }),
      ]),
  });
}
