import { useId, useState, type FormEvent } from 'react';
import { useSaveMunicipalityMutation } from '@/modules/referenceData/hooks/useSaveMunicipalityMutation';
import { MutationFeedback } from '@/ui/MutationFeedback';
import { TextField } from '@/ui/TextField';

const EMPTY = { code: '', name: '', region: '', inhabitants: '', year: String(new Date().getFullYear()) };
type Fields = typeof EMPTY;

/** Adds a municipality, or updates one by its CBS code (also its inhabitants in a year). */
export function MunicipalityForm() {
  const id = useId();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useSaveMunicipalityMutation();
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const inhabitants = fields.inhabitants.trim() === '' ? null : Number(fields.inhabitants);
    mutation.mutate(
      {
        input: {
          code: fields.code.trim().toUpperCase(),
          name: fields.name.trim(),
          region: fields.region.trim() || null,
          inhabitants,
          year: inhabitants === null ? null : Number(fields.year),
        },
      },
      {
        onSuccess: () => {
          setSaved(`Gemeente ${fields.name.trim()} is opgeslagen.`);
          setFields(EMPTY);
        },
      },
    );
  }

  const field = (name: keyof Fields, label: string, hint?: string, type = 'text', required = false) => (
    <TextField
      id={`${id}-${name}`}
      label={label}
      type={type}
      required={required}
      hint={hint}
      value={fields[name]}
      onChange={set(name)}
    />
  );

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Gemeente toevoegen of wijzigen</h2>
      <form className="form" onSubmit={submit}>
        {field(
          'code',
          'CBS-code',
          'Zoals GM0344. Met een bestaande code wijzigt u die gemeente.',
          'text',
          true,
        )}
        {field('name', 'Naam', undefined, 'text', true)}
        {field('region', 'Regio')}
        {field('inhabitants', 'Aantal inwoners', 'Nodig voor cijfers per 1.000 inwoners.', 'number')}
        {field('year', 'Jaar van het aantal inwoners', undefined, 'number')}
        <button type="submit" className="button" disabled={mutation.isPending}>
          Gemeente opslaan
        </button>
        <MutationFeedback error={mutation.error} success={saved} />
      </form>
    </section>
  );
}
