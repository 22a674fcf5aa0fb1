import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveOrganisationMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { saveOrganisationMutation } from '@/modules/referenceData/graphql/saveOrganisationMutation';

/** Adds or updates an organisation, then reloads the list. */
export function useSaveOrganisationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SaveOrganisationMutationVariables) =>
      graphqlRequest(saveOrganisationMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['beheer:organisations'] }),
  });
}
