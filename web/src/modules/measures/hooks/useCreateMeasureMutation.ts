import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateMeasureMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { createMeasureMutation } from '@/modules/measures/graphql/createMeasureMutation';

/** Adds a measure, then refreshes the register and the follow-up shares. */
export function useCreateMeasureMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: CreateMeasureMutationVariables) =>
      graphqlRequest(createMeasureMutation, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['measures:list'] }),
        queryClient.invalidateQueries({ queryKey: ['measures:follow-up'] }),
      ]),
  });
}
