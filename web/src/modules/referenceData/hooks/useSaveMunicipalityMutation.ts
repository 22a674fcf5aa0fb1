import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveMunicipalityMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { saveMunicipalityMutation } from '@/modules/referenceData/graphql/saveMunicipalityMutation';

/** Adds or updates a municipality, then reloads the list. */
export function useSaveMunicipalityMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SaveMunicipalityMutationVariables) =>
      graphqlRequest(saveMunicipalityMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['beheer:municipalities'] }),
  });
}
