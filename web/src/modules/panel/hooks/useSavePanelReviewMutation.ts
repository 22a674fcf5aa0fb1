import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SavePanelReviewInput } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { savePanelReviewMutation } from '@/modules/panel/graphql/savePanelReviewMutation';

/** Saves one or more fields of the caller's review; lists and progress refresh afterwards. */
export function useSavePanelReviewMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SavePanelReviewInput) => graphqlRequest(savePanelReviewMutation, { input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['panel:cases'] }),
        queryClient.invalidateQueries({ queryKey: ['panel:samples'] }),
        queryClient.invalidateQueries({ queryKey: ['panel:findings'] }),
      ]),
  });
}
