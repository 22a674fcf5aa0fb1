import { useId, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { useSavedViewMutations } from '@/modules/savedViews/hooks/useSavedViewMutations';
import { MutationFeedback } from '@/ui/MutationFeedback';

/** Saves the current page with its filters (the URL's query string) under a name. */
export function SaveViewForm() {
  const id = useId();
  const { pathname, search } = useLocation();
  const { create } = useSavedViewMutations();
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [missingName, setMissingName] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    setMissingName(!trimmed);
    setSaved(null);
    if (!trimmed) return;
    create.mutate(
      { name: trimmed, path: pathname, search },
      {
        onSuccess: () => {
          setName('');
          setSaved(`Weergave "${trimmed}" is opgeslagen.`);
        },
      },
    );
  }

  return (
    <form className="saved-views__form" onSubmit={submit} noValidate>
      <div className="form__field">
        <label htmlFor={`${id}-name`}>Naam van de weergave</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={80}
          aria-invalid={missingName || create.isError ? true : undefined}
          aria-describedby={`${id}-feedback`}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        Weergave opslaan
      </button>
      <div id={`${id}-feedback`} className="saved-views__feedback">
        {missingName ? (
          <p role="alert" className="form__error">
            Geef de weergave een naam.
          </p>
        ) : (
          <MutationFeedback error={create.error} success={saved} />
        )}
      </div>
    </form>
  );
}
