import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { startThemeModelTrainingMutation } from '@/modules/themeModels/graphql/startThemeModelTrainingMutation';

/** Starts a training (or joins the running one), then follows its progress. */
export function useStartThemeModelTrainingMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => graphqlRequest(startThemeModelTrainingMutation, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['themeModels:training'] }),
  });
}
