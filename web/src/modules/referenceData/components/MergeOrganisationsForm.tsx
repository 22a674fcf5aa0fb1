import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { referenceOrganisationsQueryOptions } from '@/modules/referenceData/hooks/referenceOrganisationsQueryOptions';
import { useMergeOrganisationsMutation } from '@/modules/referenceData/hooks/useMergeOrganisationsMutation';
import { MutationFeedback } from '@/ui/MutationFeedback';

/** Two organisations that are the same: everything of the first moves to the second. */
export function MergeOrganisationsForm() {
  const id = useId();
  const organisations = useQuery(referenceOrganisationsQueryOptions()).data?.referenceOrganisations ?? [];
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useMergeOrganisationsMutation();
  const nameOf = (code: string) =>
    organisations.find((organisation) => organisation.code === code)?.name ?? code;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!from || !into) return;
    const message = `${nameOf(from)} is samengevoegd met ${nameOf(into)}.`;
    mutation.mutate(
      { from, into },
      {
        onSuccess: () => {
          setSaved(message);
          setFrom('');
          setInto('');
        },
      },
    );
  }

  const select = (label: string, value: string, onChange: (value: string) => void, suffix: string) => (
    <div className="form__field">
      <label htmlFor={`${id}-${suffix}`}>{label}</label>
      <select
        id={`${id}-${suffix}`}
        required
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Kies een organisatie</option>
        {organisations.map((organisation) => (
          <option key={organisation.code} value={organisation.code}>
            {organisation.name} ({organisation.code})
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Twee organisaties samenvoegen</h2>
      <p>
        Staat één organisatie er twee keer in? Alle klachten, rapportages en contracten van de eerste gaan
        naar de tweede. De naam en code van de eerste worden een andere schrijfwijze van de tweede. Dit kunt u
        niet terugdraaien.
      </p>
      <form className="form" onSubmit={submit}>
        {select('Deze organisatie verdwijnt', from, setFrom, 'from')}
        {select('Samenvoegen met', into, setInto, 'into')}
        <button
          type="submit"
          className="button"
          disabled={mutation.isPending || !from || !into || from === into}
        >
          Samenvoegen
        </button>
        <MutationFeedback error={mutation.error} success={saved} />
      </form>
    </section>
  );
}
