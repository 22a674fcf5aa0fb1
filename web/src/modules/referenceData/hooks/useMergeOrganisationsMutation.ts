import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MergeOrganisationsMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { mergeOrganisationsMutation } from '@/modules/referenceData/graphql/mergeOrganisationsMutation';

/** Merges two organisations, then reloads the list. */
export function useMergeOrganisationsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: MergeOrganisationsMutationVariables) =>
      graphqlRequest(mergeOrganisationsMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['beheer:organisations'] }),
  });
}
