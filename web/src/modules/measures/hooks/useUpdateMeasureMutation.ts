import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateMeasureMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { updateMeasureMutation } from '@/modules/measures/graphql/updateMeasureMutation';

export function useUpdateMeasureMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateMeasureMutationVariables) =>
      graphqlRequest(updateMeasureMutation, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['measures:list'] }),
        queryClient.invalidateQueries({ queryKey: ['measures:follow-up'] }),
        queryClient.invalidateQueries({ queryKey: ['measures:effect'] }),
      ]),
  });
}
