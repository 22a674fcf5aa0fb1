import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { graphqlRequest } from '@/lib/graphqlClient';
import { importSavedViewsMutation } from '@/modules/savedViews/graphql/importSavedViewsMutation';
import { SAVED_VIEWS_KEY } from '@/modules/savedViews/hooks/savedViewsQueryOptions';
import { browserSavedViews } from '@/modules/savedViews/utils/browserSavedViews';

/**
 * Once, on the first page with saved views: hands the views this browser kept to the server and then
 * forgets them here. On failure they stay in the browser and are offered again on the next page.
 * Returns how many were added (null until done).
 */
export function useImportBrowserSavedViews(username: string): number | null {
  const queryClient = useQueryClient();
  const started = useRef(false);
  const { mutate, data } = useMutation({
    mutationFn: () => graphqlRequest(importSavedViewsMutation, { views: browserSavedViews.read(username) }),
    onSuccess: () => {
      browserSavedViews.clear(username);
      return queryClient.invalidateQueries({ queryKey: SAVED_VIEWS_KEY });
    },
  });
  useEffect(() => {
    if (started.current || browserSavedViews.read(username).length === 0) return;
    started.current = true;
    mutate();
  }, [mutate, username]);
  return data?.importSavedViews ?? null;
}
