import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveImportProfileMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { saveImportProfileMutation } from '@/modules/profiles/graphql/saveImportProfileMutation';

/** Saves a profile revision, then reloads the profile list (upload form included). */
export function useSaveImportProfileMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SaveImportProfileMutationVariables) =>
      graphqlRequest(saveImportProfileMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sources:importProfiles'] }),
  });
}
