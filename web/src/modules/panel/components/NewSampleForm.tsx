import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { PanelAllocation, PanelStratifyBy } from '@/generated/graphql';
import { GraphqlRequestError } from '@/lib/graphqlClient';
import { CheckboxGroup } from '@/modules/panel/components/CheckboxGroup';
import { PowerHint } from '@/modules/panel/components/PowerHint';
import { panelFrameOptionsQueryOptions } from '@/modules/panel/hooks/panelFrameOptionsQueryOptions';
import { useDrawPanelSampleMutation } from '@/modules/panel/hooks/useDrawPanelSampleMutation';
import { allocationLabels, stratifyByLabels } from '@/modules/panel/utils/panelLabels';
import { panelSamplePath } from '@/modules/panel/utils/panelPaths';
import {
  frameOf,
  initialSampleForm,
  sampleFormErrors,
  sampleInputOf,
  type SampleFormValues,
} from '@/modules/panel/utils/sampleForm';

/** The coordinator draws a new sample: frame, size, optional groups, start value; then its page opens. */
export function NewSampleForm() {
  const id = useId();
  const navigate = useNavigate();
  const options = useQuery(panelFrameOptionsQueryOptions());
  const mutation = useDrawPanelSampleMutation();
  const [values, setValues] = useState<SampleFormValues>(() => initialSampleForm(new Date()));
  const [errors, setErrors] = useState<string[]>([]);
  const set = (patch: Partial<SampleFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const frame = useMemo(() => frameOf(values), [values]);
  const choices = options.data?.panelFrameOptions;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = sampleFormErrors(values);
    setErrors(found);
    if (found.length > 0) return;
    mutation.mutate(
      { input: sampleInputOf(values) },
      { onSuccess: (data) => void navigate(panelSamplePath(data.drawPanelSample.id)) },
    );
  }
  const serverError =
    mutation.error instanceof GraphqlRequestError
      ? mutation.error.serverMessages.join(' ')
      : 'Probeer het opnieuw.';

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Nieuwe steekproef trekken</h2>
      <form className="form form--wide" onSubmit={submit} noValidate>
        {errors.length > 0 && (
          <div className="form__errors" role="alert">
            {errors.map((error) => (
              <p key={error}>{error}</p>
            ))}
          </div>
        )}
        <div className="form__field">
          <label htmlFor={`${id}-title-input`}>Naam van de steekproef</label>
          <input
            id={`${id}-title-input`}
            value={values.title}
            onChange={(event) => set({ title: event.target.value })}
          />
        </div>
        <fieldset className="form__field">
          <legend>Beslist in de periode (niet verplicht)</legend>
          <label htmlFor={`${id}-from`}>Van</label>
          <input
            id={`${id}-from`}
            type="date"
            value={values.decidedFrom}
            onChange={(event) => set({ decidedFrom: event.target.value })}
          />
          <label htmlFor={`${id}-to`}>Tot en met</label>
          <input
            id={`${id}-to`}
            type="date"
            value={values.decidedTo}
            onChange={(event) => set({ decidedTo: event.target.value })}
          />
        </fieldset>
        {choices && (
          <>
            <CheckboxGroup
              legend="Wet"
              hint="Niets gekozen: alle wetten."
              options={choices.laws}
              value={values.laws}
              onChange={(laws) => set({ laws })}
            />
            <CheckboxGroup
              legend="Uitkomst"
              hint="Niets gekozen: alle uitkomsten."
              options={choices.outcomes}
              value={values.outcomes}
              onChange={(outcomes) => set({ outcomes })}
            />
            <CheckboxGroup
              legend="Thema"
              hint="Niets gekozen: alle thema's."
              options={choices.themes}
              value={values.themeCodes}
              onChange={(themeCodes) => set({ themeCodes })}
            />
          </>
        )}
        <div className="form__field">
          <label htmlFor={`${id}-committee`}>Adviescommissie</label>
          <select
            id={`${id}-committee`}
            value={values.advisoryCommittee}
            onChange={(event) =>
              set({ advisoryCommittee: event.target.value as SampleFormValues['advisoryCommittee'] })
            }
          >
            <option value="">Maakt niet uit</option>
            <option value="ja">Alleen met adviescommissie</option>
            <option value="nee">Alleen zonder adviescommissie</option>
          </select>
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-term`}>Termijn</label>
          <select
            id={`${id}-term`}
            value={values.term}
            onChange={(event) => set({ term: event.target.value as SampleFormValues['term'] })}
          >
            <option value="">Maakt niet uit</option>
            <option value="te_laat">Alleen te laat beslist</option>
            <option value="op_tijd">Alleen op tijd beslist</option>
          </select>
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-stratify`}>Verdelen over groepen (niet verplicht)</label>
          <select
            id={`${id}-stratify`}
            value={values.stratifyBy}
            onChange={(event) => set({ stratifyBy: event.target.value as SampleFormValues['stratifyBy'] })}
          >
            <option value="">Niet verdelen</option>
            {(Object.keys(stratifyByLabels) as PanelStratifyBy[]).map((key) => (
              <option key={key} value={key}>
                Per {stratifyByLabels[key].toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        {values.stratifyBy !== '' && (
          <fieldset className="form__field">
            <legend>Hoe verdelen?</legend>
            {(Object.keys(allocationLabels) as PanelAllocation[]).map((key) => (
              <label key={key} className="choice choice--block">
                <input
                  type="radio"
                  name={`${id}-allocation`}
                  value={key}
                  checked={values.allocation === key}
                  onChange={() => set({ allocation: key })}
                />
                {allocationLabels[key]}
              </label>
            ))}
          </fieldset>
        )}
        <PowerHint frame={frame} stratifyBy={values.stratifyBy === '' ? null : values.stratifyBy} />
        <div className="form__field">
          <label htmlFor={`${id}-size`}>Aantal zaken in de steekproef</label>
          <input
            id={`${id}-size`}
            type="number"
            min={1}
            max={2000}
            inputMode="numeric"
            value={values.size}
            onChange={(event) => set({ size: event.target.value })}
          />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-seed`}>Startwaarde (seed)</label>
          <p id={`${id}-seed-hint`} className="form__hint">
            Met dezelfde keuzes en dezelfde startwaarde krijgt u altijd dezelfde zaken. Zo kan iedereen de
            trekking controleren.
          </p>
          <input
            id={`${id}-seed`}
            aria-describedby={`${id}-seed-hint`}
            value={values.seed}
            onChange={(event) => set({ seed: event.target.value })}
          />
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-reviewers`}>Beoordelaars per zaak</label>
          <select
            id={`${id}-reviewers`}
            value={values.reviewersPerCase}
            onChange={(event) => set({ reviewersPerCase: event.target.value as '1' | '2' })}
          >
            <option value="1">Eén panellid per zaak</option>
            <option value="2">Twee panelleden per zaak (we tonen hoe vaak zij het eens zijn)</option>
          </select>
        </div>
        <button type="submit" className="button" disabled={mutation.isPending}>
          Steekproef trekken
        </button>
        <div role="status">{mutation.isPending && 'De steekproef wordt getrokken…'}</div>
        <div role="alert">{mutation.isError && `De steekproef is niet getrokken. ${serverError}`}</div>
      </form>
    </section>
  );
}
