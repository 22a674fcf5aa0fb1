import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { MeasureSourceKind, RecommendationStatus } from '@/generated/graphql';
import { GraphqlRequestError } from '@/lib/graphqlClient';
import { municipalityOptionsQueryOptions } from '@/modules/dashboard/hooks/municipalityOptionsQueryOptions';
import { themeOptionsQueryOptions } from '@/modules/measures/hooks/themeOptionsQueryOptions';
import { useCreateMeasureMutation } from '@/modules/measures/hooks/useCreateMeasureMutation';
import { recommendationStatusLabels, sourceKindLabels } from '@/modules/measures/utils/measureLabels';

const EMPTY = {
  municipalityCode: '',
  title: '',
  themeCode: '',
  owner: '',
  decidedOn: '',
  effectiveOn: '',
  expectedEffect: '',
  sourceKind: '' as MeasureSourceKind | '',
  sourceRef: '',
  recommendationStatus: '' as RecommendationStatus | '',
  pcReference: '',
};
type Fields = typeof EMPTY;

/** Adds a measure to the register (beleid, beheer); the API checks the role and every field again. */
export function MeasureForm() {
  const id = useId();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const themes = useQuery(themeOptionsQueryOptions());
  // Single municipalities only: a region option (codes joined with ',') is not a place for a measure.
  const municipalities = (useQuery(municipalityOptionsQueryOptions()).data ?? []).filter(
    (option) => !option.code.includes(','),
  );
  const municipalityCode = fields.municipalityCode || municipalities[0]?.code || '';
  const mutation = useCreateMeasureMutation();
  const set = (name: keyof Fields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate(
      {
        input: {
          municipalityCode: municipalityCode || null,
          title: fields.title,
          themeCode: fields.themeCode,
          owner: fields.owner,
          decidedOn: fields.decidedOn,
          effectiveOn: fields.effectiveOn,
          expectedEffect: fields.expectedEffect,
          sourceKind: fields.sourceKind || null,
          sourceRef: fields.sourceRef.trim() || null,
          recommendationStatus: fields.recommendationStatus || null,
          pcReference: fields.pcReference.trim() || null,
        },
      },
      { onSuccess: () => setFields(EMPTY) },
    );
  }

  const error = mutation.error;
  const message =
    error instanceof GraphqlRequestError && error.serverMessages.length > 0
      ? error.serverMessages.join(' ')
      : 'Probeer het later opnieuw.';
  const text = (name: keyof Fields, label: string, type = 'text', required = true) => (
    <div className="form__field">
      <label htmlFor={`${id}-${name}`}>
        {label}
        {!required && ' (niet verplicht)'}
      </label>
      <input id={`${id}-${name}`} type={type} required={required} value={fields[name]} onChange={set(name)} />
    </div>
  );

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Maatregel toevoegen</h2>
      <form className="form" onSubmit={submit}>
        {municipalities.length > 1 && (
          <div className="form__field">
            <label htmlFor={`${id}-municipalityCode`}>Gemeente</label>
            <select
              id={`${id}-municipalityCode`}
              required
              value={municipalityCode}
              onChange={set('municipalityCode')}
            >
              {municipalities.map((option) => (
                <option key={option.code} value={option.code}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {text('title', 'Maatregel')}
        <div className="form__field">
          <label htmlFor={`${id}-themeCode`}>Thema</label>
          <select id={`${id}-themeCode`} required value={fields.themeCode} onChange={set('themeCode')}>
            <option value="">Kies een thema</option>
            {(themes.data ?? []).map((theme) => (
              <option key={theme.code} value={theme.code}>
                {theme.label}
              </option>
            ))}
          </select>
        </div>
        {text('owner', 'Eigenaar')}
        {text('decidedOn', 'Besloten op', 'date')}
        {text('effectiveOn', 'Gaat in op', 'date')}
        <div className="form__field">
          <label htmlFor={`${id}-expectedEffect`}>Verwacht effect</label>
          <textarea
            id={`${id}-expectedEffect`}
            required
            rows={2}
            maxLength={2000}
            value={fields.expectedEffect}
            onChange={set('expectedEffect')}
          />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-sourceKind`}>Herkomst (niet verplicht)</label>
          <select id={`${id}-sourceKind`} value={fields.sourceKind} onChange={set('sourceKind')}>
            <option value="">Geen</option>
            {Object.entries(sourceKindLabels).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {fields.sourceKind && text('sourceRef', 'Nummer van het signaal, de bevinding of de aanbeveling')}
        {(fields.sourceKind === 'ombudsmanaanbeveling' || fields.sourceKind === 'panelbevinding') && (
          <div className="form__field">
            <label htmlFor={`${id}-recommendationStatus`}>Is de aanbeveling opgevolgd?</label>
            <select
              id={`${id}-recommendationStatus`}
              value={fields.recommendationStatus}
              onChange={set('recommendationStatus')}
            >
              <option value="">Nog niet vastgelegd</option>
              {Object.entries(recommendationStatusLabels).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
        {text('pcReference', 'Verantwoord in (P&C-document)', 'text', false)}
        <button type="submit" className="button" disabled={mutation.isPending}>
          Maatregel opslaan
        </button>
        <div role="status">
          {mutation.isPending && 'De maatregel wordt opgeslagen…'}
          {mutation.isSuccess && `De maatregel "${mutation.data.createMeasure.title}" is opgeslagen.`}
        </div>
        <div role="alert">{mutation.isError && `De maatregel is niet opgeslagen. ${message}`}</div>
      </form>
    </section>
  );
}
