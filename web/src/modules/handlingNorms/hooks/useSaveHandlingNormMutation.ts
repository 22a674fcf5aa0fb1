import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveHandlingNormInput } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { addHandlingNormMutation } from '@/modules/handlingNorms/graphql/addHandlingNormMutation';
import { changeHandlingNormMutation } from '@/modules/handlingNorms/graphql/changeHandlingNormMutation';
import { HANDLING_NORMS_KEY } from '@/modules/handlingNorms/hooks/handlingNormsQueryOptions';

/** Adds a norm (id null) or changes one, then reloads the list. */
export function useSaveHandlingNormMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: number | null; input: SaveHandlingNormInput }) => {
      if (id === null) await graphqlRequest(addHandlingNormMutation, { input });
      else await graphqlRequest(changeHandlingNormMutation, { id, input });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: HANDLING_NORMS_KEY }),
  });
}
