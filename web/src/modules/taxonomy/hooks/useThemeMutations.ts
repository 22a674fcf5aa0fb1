import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateThemeInput,
  SetThemeActiveMutationVariables,
  UpdateThemeInput,
} from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import {
  createThemeMutation,
  setThemeActiveMutation,
  updateThemeMutation,
} from '@/modules/taxonomy/graphql/themeMutations';

/** The three taxonomy edits; each reloads the list (and the theme options of the review queue). */
export function useThemeMutations() {
  const queryClient = useQueryClient();
  const reload = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['taxonomy:themes'] }),
      queryClient.invalidateQueries({ queryKey: ['themeReview:options'] }),
    ]);
  return {
    create: useMutation({
      mutationFn: (input: CreateThemeInput) => graphqlRequest(createThemeMutation, { input }),
      onSuccess: reload,
    }),
    update: useMutation({
      mutationFn: (input: UpdateThemeInput) => graphqlRequest(updateThemeMutation, { input }),
      onSuccess: reload,
    }),
    setActive: useMutation({
      mutationFn: (variables: SetThemeActiveMutationVariables) =>
        graphqlRequest(setThemeActiveMutation, variables),
      onSuccess: reload,
    }),
  };
}
