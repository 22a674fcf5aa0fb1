import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useSaveHandlingNormMutation } from '@/modules/handlingNorms/hooks/useSaveHandlingNormMutation';
import type { HandlingNormItem } from '@/modules/handlingNorms/utils/buildHandlingNormsTable';
import { referenceMunicipalitiesQueryOptions } from '@/modules/referenceData/hooks/referenceMunicipalitiesQueryOptions';
import { referenceOrganisationsQueryOptions } from '@/modules/referenceData/hooks/referenceOrganisationsQueryOptions';
import { MutationFeedback } from '@/ui/MutationFeedback';

interface Option {
  code: string;
  label: string;
}

interface HandlingNormFormProps {
  /** The norm being changed; null adds a new one. */
  editing: HandlingNormItem | null;
  themes: readonly Option[];
  legalNorms: readonly Option[];
  onDone: () => void;
}

const KINDS: readonly Option[] = [
  { code: 'klacht', label: 'Klacht' },
  { code: 'signaal', label: 'Signaal' },
  { code: 'melding', label: 'Melding' },
  { code: 'hulpvraag', label: 'Hulpvraag' },
];

function fieldsOf(norm: HandlingNormItem | null) {
  return {
    municipalityCode: norm?.municipalityCode ?? '',
    source: norm?.source ?? '',
    theme: norm?.theme ?? '',
    kind: norm?.kind ?? '',
    termAmount: norm ? String(norm.termAmount) : '',
    termUnit: norm?.termUnit ?? 'dagen',
    replacesNorm: norm?.replacesNorm ?? 'awb_9_11',
    validFrom: norm?.validFrom ?? '',
    validTo: norm?.validTo ?? '',
    note: norm?.note ?? '',
  };
}
type Fields = ReturnType<typeof fieldsOf>;

/** Adds a handling term for a source (optionally one theme or kind), or changes the chosen one. */
export function HandlingNormForm({ editing, themes, legalNorms, onDone }: HandlingNormFormProps) {
  const id = useId();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(editing));
  const [saved, setSaved] = useState<string | null>(null);
  const municipalities = useQuery(referenceMunicipalitiesQueryOptions()).data?.referenceMunicipalities ?? [];
  const organisations = useQuery(referenceOrganisationsQueryOptions()).data?.referenceOrganisations ?? [];
  const municipalityCode = fields.municipalityCode || municipalities[0]?.code || '';
  const mutation = useSaveHandlingNormMutation();
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate(
      {
        id: editing?.id ?? null,
        input: {
          municipalityCode,
          source: fields.source,
          theme: fields.theme || null,
          kind: fields.kind || null,
          termAmount: Number(fields.termAmount),
          termUnit: fields.termUnit,
          replacesNorm: fields.replacesNorm,
          validFrom: fields.validFrom,
          validTo: fields.validTo || null,
          note: fields.note.trim() || null,
        },
      },
      {
        onSuccess: () => {
          setSaved(editing ? 'De termijn is gewijzigd.' : 'De termijn is toegevoegd.');
          setFields(fieldsOf(null));
          onDone();
        },
      },
    );
  }

  const select = (
    name: keyof Fields,
    label: string,
    options: readonly Option[],
    empty: { text: string; required: boolean },
    value = fields[name],
  ) => (
    <div className="form__field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} required={empty.required} value={value} onChange={set(name)}>
        <option value="">{empty.text}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {editing ? `Termijn van ${editing.sourceName} wijzigen` : 'Termijn toevoegen'}
      </h2>
      <p>
        Een eigen termijn geldt bij het inlezen voor zaken van deze bron die zelf geen termijn hebben. De
        meest precieze termijn gaat voor: bron met thema en soort, dan bron met thema, dan bron met soort, dan
        alleen de bron. Zonder eigen termijn geldt de wettelijke termijn. Een wijziging geldt voor exports die
        u daarna inleest.
      </p>
      <form className="form" onSubmit={submit}>
        {select(
          'municipalityCode',
          'Gemeente',
          municipalities.map((m) => ({ code: m.code, label: m.name })),
          { text: 'Kies', required: true },
          municipalityCode,
        )}
        {select(
          'source',
          'Bron (organisatie die de export levert)',
          organisations.map((o) => ({ code: o.code, label: o.name })),
          { text: 'Kies', required: true },
        )}
        {select('theme', 'Thema of categorie', themes, { text: 'Alle thema’s', required: false })}
        {select('kind', 'Soort', KINDS, { text: 'Alle soorten', required: false })}
        <div className="form__field">
          <label htmlFor={`${id}-termAmount`}>Termijn</label>
          <input
            id={`${id}-termAmount`}
            type="number"
            min={1}
            max={730}
            step={1}
            required
            value={fields.termAmount}
            onChange={set('termAmount')}
          />
        </div>
        {select(
          'termUnit',
          'Eenheid',
          [
            { code: 'dagen', label: 'dagen' },
            { code: 'weken', label: 'weken' },
          ],
          { text: 'Kies', required: true },
        )}
        {select('replacesNorm', 'In plaats van de wettelijke termijn', legalNorms, {
          text: 'Kies',
          required: true,
        })}
        <div className="form__field">
          <label htmlFor={`${id}-validFrom`}>Geldt vanaf (ontvangstdatum)</label>
          <input
            id={`${id}-validFrom`}
            type="date"
            required
            value={fields.validFrom}
            onChange={set('validFrom')}
          />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-validTo`}>Geldt tot en met (niet verplicht)</label>
          <input id={`${id}-validTo`} type="date" value={fields.validTo} onChange={set('validTo')} />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-note`}>Toelichting (niet verplicht), bijv. het contractartikel</label>
          <input id={`${id}-note`} value={fields.note} onChange={set('note')} />
        </div>
        <button type="submit" className="button" disabled={mutation.isPending}>
          {editing ? 'Wijziging opslaan' : 'Termijn toevoegen'}
        </button>
        {editing && (
          <button type="button" className="button button--secondary" onClick={onDone}>
            Niet wijzigen
          </button>
        )}
        <MutationFeedback error={mutation.error} success={saved} />
      </form>
    </section>
  );
}
