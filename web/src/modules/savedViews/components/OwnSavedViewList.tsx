import { useState } from 'react';
import { useLocation } from 'react-router';
import type { SavedViewsQuery, UpdateSavedViewInput } from '@/generated/graphql';
import { OwnSavedViewItem } from '@/modules/savedViews/components/OwnSavedViewItem';
import { useSavedViewMutations } from '@/modules/savedViews/hooks/useSavedViewMutations';
import { MutationFeedback } from '@/ui/MutationFeedback';

type OwnView = SavedViewsQuery['savedViews']['own'][number];

interface OwnSavedViewListProps {
  views: readonly OwnView[];
  headingId: string;
}

/** The user's own views with their actions, and one announcement of what the last action did. */
export function OwnSavedViewList({ views, headingId }: OwnSavedViewListProps) {
  const { pathname, search } = useLocation();
  const { update, remove } = useSavedViewMutations();
  const [done, setDone] = useState<string | null>(null);

  function change(input: UpdateSavedViewInput, message: string) {
    setDone(null);
    remove.reset();
    update.mutate(input, { onSuccess: () => setDone(message) });
  }
  function deleteView(view: OwnView) {
    setDone(null);
    update.reset();
    remove.mutate(view.id, {
      onSuccess: () => {
        setDone(`Weergave "${view.name}" is verwijderd.`);
        // The deleted row took the focus with it: continue at the list's heading.
        document.getElementById(headingId)?.focus();
      },
    });
  }

  return (
    <>
      {views.length === 0 ? (
        <p className="muted">U hebt nog geen weergaven opgeslagen.</p>
      ) : (
        <ul className="saved-views__list" aria-labelledby={headingId}>
          {views.map((view) => (
            <OwnSavedViewItem
              key={view.id}
              view={view}
              isBusy={update.isPending || remove.isPending}
              canUpdate={view.path === pathname && view.search !== search}
              onRename={(name) => change({ id: view.id, name }, `De naam is gewijzigd in "${name}".`)}
              onUpdate={() =>
                change(
                  { id: view.id, path: pathname, search },
                  `Weergave "${view.name}" heeft nu de filters van deze pagina.`,
                )
              }
              onShare={(shared) =>
                change(
                  { id: view.id, shared },
                  shared
                    ? `Weergave "${view.name}" is gedeeld met uw collega's.`
                    : `Weergave "${view.name}" is niet meer gedeeld.`,
                )
              }
              onDelete={() => deleteView(view)}
            />
          ))}
        </ul>
      )}
      <MutationFeedback error={update.error ?? remove.error} success={done} />
    </>
  );
}
