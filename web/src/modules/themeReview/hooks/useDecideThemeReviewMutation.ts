import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DecideThemeReviewMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { decideThemeReviewMutation } from '@/modules/themeReview/graphql/decideThemeReviewMutation';

/** Stores a reviewer's decision, then fetches the next items and the weekly figures. */
export function useDecideThemeReviewMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: DecideThemeReviewMutationVariables) =>
      graphqlRequest(decideThemeReviewMutation, variables),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['themeReview:queue'] }),
        queryClient.invalidateQueries({ queryKey: ['themeReview:weeks'] }),
      ]),
  });
}
