import { useId, useState, type FormEvent } from 'react';

interface RecordSearchFieldProps {
  search: string | null;
  onSearch: (search: string | null) => void;
}

/** Words to find in the texts; applied on Enter or the button, so typing does not reload the list. */
export function RecordSearchField({ search, onSearch }: RecordSearchFieldProps) {
  const id = useId();
  const [value, setValue] = useState(search ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim() || null);
  };
  return (
    <form role="search" className="record-search" onSubmit={submit}>
      <div className="form__field">
        <label htmlFor={`${id}-search`}>Zoek in de tekst</label>
        <input
          id={`${id}-search`}
          type="search"
          maxLength={200}
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setValue(event.target.value)}
        />
        <p id={`${id}-hint`} className="form__hint">
          Ook andere vormen van een woord tellen mee: &lsquo;wachtlijsten&rsquo; vindt ook
          &lsquo;wachtlijst&rsquo;. Zet woorden tussen aanhalingstekens om ze precies zo te vinden, en een
          minteken voor een woord dat er niet in mag staan.
        </p>
      </div>
      <button type="submit" className="button">
        Zoeken
      </button>
      {search && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setValue('');
            onSearch(null);
          }}
        >
          Wis zoekterm
        </button>
      )}
    </form>
  );
}
