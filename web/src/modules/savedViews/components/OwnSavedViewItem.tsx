import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { SavedViewsQuery } from '@/generated/graphql';
import { pageLabel } from '@/modules/savedViews/utils/pageLabel';

interface OwnSavedViewItemProps {
  view: SavedViewsQuery['savedViews']['own'][number];
  isBusy: boolean;
  /** The view is of this page and the filters differ from it. */
  canUpdate: boolean;
  onRename: (name: string) => void;
  onUpdate: () => void;
  onShare: (shared: boolean) => void;
  onDelete: () => void;
}

/** One own view: open it, or rename, update to this page's filters, share or delete it. */
export function OwnSavedViewItem({
  view,
  isBusy,
  canUpdate,
  onRename,
  onUpdate,
  onShare,
  onDelete,
}: OwnSavedViewItemProps) {
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(view.name);

  function submitRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    onRename(trimmed);
    setRenaming(false);
  }

  return (
    <li className="saved-views__item">
      <Link to={`${view.path}${view.search}`}>{view.name}</Link>{' '}
      <span className="muted">
        ({pageLabel(view.path)}
        {view.shared ? ', gedeeld met collega’s' : ''})
      </span>
      {renaming ? (
        <form className="saved-views__rename" onSubmit={submitRename}>
          <label htmlFor={`${id}-name`}>Nieuwe naam voor {view.name}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={80}
            required
            autoFocus
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button" disabled={isBusy}>
            Naam opslaan
          </button>
          <button type="button" className="link-button" onClick={() => setRenaming(false)}>
            Annuleren
          </button>
        </form>
      ) : (
        <span className="saved-views__actions">
          {canUpdate && (
            <button
              type="button"
              className="link-button"
              disabled={isBusy}
              aria-label={`Bijwerken naar de filters van nu: ${view.name}`}
              onClick={onUpdate}
            >
              Bijwerken naar de filters van nu
            </button>
          )}
          <button
            type="button"
            className="link-button"
            aria-label={`Naam wijzigen: ${view.name}`}
            onClick={() => {
              setName(view.name);
              setRenaming(true);
            }}
          >
            Naam wijzigen
          </button>
          <button
            type="button"
            className="link-button"
            disabled={isBusy}
            aria-label={`${view.shared ? 'Niet meer delen' : 'Delen met collega’s'}: ${view.name}`}
            onClick={() => onShare(!view.shared)}
          >
            {view.shared ? 'Niet meer delen' : 'Delen met collega’s'}
          </button>
          <button
            type="button"
            className="link-button"
            disabled={isBusy}
            aria-label={`Verwijderen: ${view.name}`}
            onClick={onDelete}
          >
            Verwijderen
          </button>
        </span>
      )}
    </li>
  );
}
