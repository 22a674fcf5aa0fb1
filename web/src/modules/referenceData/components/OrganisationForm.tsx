import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { referenceMunicipalitiesQueryOptions } from '@/modules/referenceData/hooks/referenceMunicipalitiesQueryOptions';
import { useSaveOrganisationMutation } from '@/modules/referenceData/hooks/useSaveOrganisationMutation';
import { organisationKinds } from '@/modules/referenceData/utils/organisationKinds';
import { MutationFeedback } from '@/ui/MutationFeedback';
import { TextField } from '@/ui/TextField';

const EMPTY = {
  code: '',
  name: '',
  kind: 'aanbieder',
  municipalityCode: '',
  aliases: '',
  activeFrom: '',
  activeTo: '',
};
type Fields = typeof EMPTY;

/** Adds an organisation, or updates one by its code. */
export function OrganisationForm() {
  const id = useId();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const municipalities = useQuery(referenceMunicipalitiesQueryOptions()).data?.referenceMunicipalities ?? [];
  const mutation = useSaveOrganisationMutation();
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const aliases = fields.aliases
      .split(/[;\n]/)
      .map((alias) => alias.trim())
      .filter(Boolean);
    mutation.mutate(
      {
        input: {
          code: fields.code.trim(),
          name: fields.name.trim(),
          kind: fields.kind,
          municipalityCode: fields.municipalityCode || null,
          aliases,
          activeFrom: fields.activeFrom || null,
          activeTo: fields.activeTo || null,
        },
      },
      {
        onSuccess: () => {
          setSaved(`Organisatie ${fields.name.trim()} is opgeslagen.`);
          setFields(EMPTY);
        },
      },
    );
  }

  const input = (name: keyof Fields, label: string, type = 'text', required = false, hint?: string) => (
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
      <h2 id={`${id}-heading`}>Organisatie toevoegen of wijzigen</h2>
      <form className="form" onSubmit={submit}>
        {input('name', 'Naam', 'text', true)}
        {input(
          'code',
          'Code',
          'text',
          true,
          'Kleine letters, cijfers en streepjes, zoals zorg-noord. Met een bestaande code wijzigt u die organisatie.',
        )}
        <div className="form__field">
          <label htmlFor={`${id}-kind`}>Soort</label>
          <select id={`${id}-kind`} value={fields.kind} onChange={set('kind')}>
            {organisationKinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-municipality`}>Gemeente</label>
          <select
            id={`${id}-municipality`}
            value={fields.municipalityCode}
            onChange={set('municipalityCode')}
          >
            <option value="">Landelijk (geen gemeente)</option>
            {municipalities.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.name}
              </option>
            ))}
          </select>
        </div>
        {input(
          'aliases',
          'Andere schrijfwijzen',
          'text',
          false,
          'Namen zoals exports ze schrijven, gescheiden door een puntkomma.',
        )}
        {input('activeFrom', 'Actief vanaf', 'date')}
        {input('activeTo', 'Actief tot en met', 'date')}
        <button type="submit" className="button" disabled={mutation.isPending}>
          Organisatie opslaan
        </button>
        <MutationFeedback error={mutation.error} success={saved} />
      </form>
    </section>
  );
}
