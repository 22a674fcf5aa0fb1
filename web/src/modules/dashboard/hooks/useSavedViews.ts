import { useCallback, useState } from 'react';
import { savedViewsStorage, type SavedView } from '@/modules/dashboard/utils/savedViewsStorage';

/** The saved views of one user, with save (a view of the same name is replaced) and remove. */
export function useSavedViews(username: string) {
  const [views, setViews] = useState<SavedView[]>(() => savedViewsStorage.read(username));

  const commit = useCallback(
    (next: SavedView[]) => {
      savedViewsStorage.write(username, next);
      setViews(next);
    },
    [username],
  );
  const save = useCallback(
    (view: SavedView) => commit([...views.filter((existing) => existing.name !== view.name), view]),
    [commit, views],
  );
  const remove = useCallback(
    (name: string) => commit(views.filter((existing) => existing.name !== name)),
    [commit, views],
  );
  return { views, save, remove };
}
