import { useId, useState, type FormEvent } from 'react';
import type { SignalStatus } from '@/generated/graphql';
import { GraphqlRequestError } from '@/lib/graphqlClient';
import { useUpdateSignalStatusMutation } from '@/modules/signals/hooks/useUpdateSignalStatusMutation';
import { signalStatuses, signalStatusLabels } from '@/modules/signals/utils/signalStatusLabels';

interface SignalStatusFormProps {
  id: string;
  status: SignalStatus;
  note: string | null;
}

const MAX_NOTE = 2000;

/** Status and note of a signal; the outcome is announced (role="status" / role="alert"). */
export function SignalStatusForm({ id, status, note }: SignalStatusFormProps) {
  const fieldId = useId();
  const [chosen, setChosen] = useState<SignalStatus>(status);
  const [text, setText] = useState(note ?? '');
  const mutation = useUpdateSignalStatusMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ id, status: chosen, note: text.trim() === '' ? null : text.trim() });
  }

  const error = mutation.error;
  const message =
    error instanceof GraphqlRequestError && error.serverMessages.length > 0
      ? error.serverMessages.join(' ')
      : 'Probeer het later opnieuw.';

  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${fieldId}-title`}>
      <h3 id={`${fieldId}-title`}>Status aanpassen</h3>
      <fieldset>
        <legend>Status</legend>
        {signalStatuses.map((option) => (
          <div key={option}>
            <input
              type="radio"
              id={`${fieldId}-${option}`}
              name={`${fieldId}-status`}
              value={option}
              checked={chosen === option}
              onChange={() => setChosen(option)}
            />
            <label htmlFor={`${fieldId}-${option}`}>{signalStatusLabels[option]}</label>
          </div>
        ))}
      </fieldset>
      <div className="form__field">
        <label htmlFor={`${fieldId}-note`}>Notitie (niet verplicht)</label>
        <p id={`${fieldId}-hint`} className="form__hint">
          Bijvoorbeeld wie het oppakt of welke maatregel is genomen. Schrijf geen namen of andere
          persoonsgegevens. Maximaal {MAX_NOTE} tekens.
        </p>
        <textarea
          id={`${fieldId}-note`}
          aria-describedby={`${fieldId}-hint`}
          rows={3}
          maxLength={MAX_NOTE}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={mutation.isPending}>
        Status opslaan
      </button>
      <div role="status">
        {mutation.isPending && 'De status wordt opgeslagen…'}
        {mutation.isSuccess &&
          `De status is opgeslagen: ${signalStatusLabels[mutation.data.updateSignalStatus.status]}.`}
      </div>
      <div role="alert">{mutation.isError && `De status is niet opgeslagen. ${message}`}</div>
    </form>
  );
}
