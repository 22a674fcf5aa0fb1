import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { referenceContractsQueryOptions } from '@/modules/referenceData/hooks/referenceContractsQueryOptions';
import { referenceMunicipalitiesQueryOptions } from '@/modules/referenceData/hooks/referenceMunicipalitiesQueryOptions';
import { referenceOrganisationsQueryOptions } from '@/modules/referenceData/hooks/referenceOrganisationsQueryOptions';
import { useAddContractMutation } from '@/modules/referenceData/hooks/useAddContractMutation';
import { MutationFeedback } from '@/ui/MutationFeedback';

const EMPTY = { municipalityCode: '', organisation: '', domain: '', reference: '', startsOn: '', endsOn: '' };
type Fields = typeof EMPTY;

/** Adds one contract of a provider with a municipality for one domain. */
export function ContractForm() {
  const id = useId();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [reportRequired, setReportRequired] = useState(true);
  const [saved, setSaved] = useState<string | null>(null);
  const municipalities = useQuery(referenceMunicipalitiesQueryOptions()).data?.referenceMunicipalities ?? [];
  const providers = (
    useQuery(referenceOrganisationsQueryOptions()).data?.referenceOrganisations ?? []
  ).filter(
    (organisation) => organisation.kind === 'aanbieder' || organisation.kind === 'samenwerkingsverband',
  );
  const domains = useQuery(referenceContractsQueryOptions()).data?.referenceDomains ?? [];
  const municipalityCode = fields.municipalityCode || municipalities[0]?.code || '';
  const mutation = useAddContractMutation();
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate(
      {
        input: {
          municipalityCode,
          organisation: fields.organisation,
          domain: fields.domain,
          reference: fields.reference.trim() || null,
          startsOn: fields.startsOn,
          endsOn: fields.endsOn || null,
          halfYearReportRequired: reportRequired,
        },
      },
      {
        onSuccess: () => {
          setSaved('Het contract is toegevoegd.');
          setFields(EMPTY);
        },
      },
    );
  }

  const select = (
    name: keyof Fields,
    label: string,
    options: { value: string; label: string }[],
    value = fields[name],
  ) => (
    <div className="form__field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} required value={value} onChange={set(name)}>
        <option value="">Kies</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Contract toevoegen</h2>
      <form className="form" onSubmit={submit}>
        {select(
          'municipalityCode',
          'Gemeente',
          municipalities.map((m) => ({ value: m.code, label: m.name })),
          municipalityCode,
        )}
        {select(
          'organisation',
          'Aanbieder',
          providers.map((p) => ({ value: p.code, label: p.name })),
        )}
        {select(
          'domain',
          'Domein',
          domains.map((d) => ({ value: d.code, label: d.label })),
        )}
        <div className="form__field">
          <label htmlFor={`${id}-reference`}>Contractnummer (niet verplicht)</label>
          <input id={`${id}-reference`} value={fields.reference} onChange={set('reference')} />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-startsOn`}>Begint op</label>
          <input
            id={`${id}-startsOn`}
            type="date"
            required
            value={fields.startsOn}
            onChange={set('startsOn')}
          />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-endsOn`}>Eindigt op (niet verplicht)</label>
          <input id={`${id}-endsOn`} type="date" value={fields.endsOn} onChange={set('endsOn')} />
        </div>
        <div className="form__field">
          <label>
            <input
              type="checkbox"
              checked={reportRequired}
              onChange={(event) => setReportRequired(event.target.checked)}
            />{' '}
            De aanbieder stuurt elk half jaar een klachtenrapportage
          </label>
        </div>
        <button type="submit" className="button" disabled={mutation.isPending}>
          Contract toevoegen
        </button>
        <MutationFeedback error={mutation.error} success={saved} />
      </form>
    </section>
  );
}
