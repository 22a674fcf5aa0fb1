import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { useSavedViews } from '@/modules/dashboard/hooks/useSavedViews';

interface SavedViewsProps {
  username: string;
}

/** "Weergave opslaan" for the current page and filters, and the list of this user's saved views. */
export function SavedViews({ username }: SavedViewsProps) {
  const id = useId();
  const { pathname, search } = useLocation();
  const { views, save, remove } = useSavedViews(username);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setMessage({ text: 'Geef de weergave een naam.', isError: true });
      return;
    }
    save({ name: trimmed, path: pathname, search });
    setName('');
    setMessage({ text: `Weergave "${trimmed}" is opgeslagen.`, isError: false });
  }

  return (
    <details className="saved-views">
      <summary>Opgeslagen weergaven ({views.length})</summary>
      <form className="saved-views__form" onSubmit={submit} noValidate>
        <div className="form__field">
          <label htmlFor={`${id}-name`}>Naam van de weergave</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={80}
            aria-invalid={message?.isError ? true : undefined}
            aria-describedby={`${id}-message`}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Weergave opslaan
        </button>
      </form>
      <div id={`${id}-message`} role="status">
        {message && <p className={message.isError ? 'form__error' : undefined}>{message.text}</p>}
      </div>
      {views.length === 0 ? (
        <p className="muted">U hebt nog geen weergaven opgeslagen.</p>
      ) : (
        <ul className="saved-views__list">
          {views.map((view) => (
            <li key={view.name}>
              <Link to={`${view.path}${view.search}`}>{view.name}</Link>{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Verwijderen: ${view.name}`}
                onClick={() => remove(view.name)}
              >
                Verwijderen
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">Weergaven worden alleen in deze browser bewaard.</p>
    </details>
  );
}
