import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { GraphqlRequestError } from '@/lib/graphqlClient';
import { useAddPanelSignalFindingMutation } from '@/modules/panel/hooks/useAddPanelSignalFindingMutation';
import { signalsQueryOptions } from '@/modules/signals/hooks/signalsQueryOptions';
import { describeSignalScope } from '@/modules/signals/utils/describeSignalScope';

const MAX_TEXT = 4000;

/** Choose an existing signal and write down what the panel found about it. */
export function SignalFindingForm() {
  const id = useId();
  const signals = useQuery(signalsQueryOptions({}));
  const mutation = useAddPanelSignalFindingMutation();
  const [signalId, setSignalId] = useState('');
  const [finding, setFinding] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!signalId || finding.trim() === '') return;
    mutation.mutate(
      { signalId, sampleId: null, finding: finding.trim() },
      { onSuccess: () => setFinding('') },
    );
  }
  const message =
    mutation.error instanceof GraphqlRequestError
      ? mutation.error.serverMessages.join(' ')
      : 'Probeer het opnieuw.';
  return (
    <form className="form form--wide" onSubmit={submit}>
      <h3>Een signaal oppakken</h3>
      <div className="form__field">
        <label htmlFor={`${id}-signal`}>Signaal</label>
        <select
          id={`${id}-signal`}
          value={signalId}
          onChange={(event) => setSignalId(event.target.value)}
          required
        >
          <option value="">Kies een signaal</option>
          {signals.data?.signals.map((signal) => (
            <option key={signal.id} value={signal.id}>
              {signal.ruleLabel}: {describeSignalScope(signal)}
            </option>
          ))}
        </select>
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-finding`}>Wat vond het panel?</label>
        <p id={`${id}-hint`} className="form__hint">
          Schrijf geen namen of andere persoonsgegevens. Maximaal {MAX_TEXT} tekens.
        </p>
        <textarea
          id={`${id}-finding`}
          aria-describedby={`${id}-hint`}
          rows={4}
          maxLength={MAX_TEXT}
          required
          value={finding}
          onChange={(event) => setFinding(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={mutation.isPending}>
        Bevinding toevoegen
      </button>
      <div role="status">{mutation.isSuccess && 'De bevinding is toegevoegd.'}</div>
      <div role="alert">{mutation.isError && `De bevinding is niet toegevoegd. ${message}`}</div>
    </form>
  );
}
