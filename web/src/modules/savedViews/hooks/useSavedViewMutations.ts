import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSavedViewInput, UpdateSavedViewInput } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { createSavedViewMutation } from '@/modules/savedViews/graphql/createSavedViewMutation';
import { deleteSavedViewMutation } from '@/modules/savedViews/graphql/deleteSavedViewMutation';
import { updateSavedViewMutation } from '@/modules/savedViews/graphql/updateSavedViewMutation';
import { SAVED_VIEWS_KEY } from '@/modules/savedViews/hooks/savedViewsQueryOptions';

/** Save, change (rename, new state, share) and delete own views; each refreshes the list. */
export function useSavedViewMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: SAVED_VIEWS_KEY });
  const create = useMutation({
    mutationFn: (input: CreateSavedViewInput) => graphqlRequest(createSavedViewMutation, { input }),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: (input: UpdateSavedViewInput) => graphqlRequest(updateSavedViewMutation, { input }),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: (id: number) => graphqlRequest(deleteSavedViewMutation, { id }),
    onSuccess,
  });
  return { create, update, remove };
}
