import { useId, useState, type FormEvent } from 'react';
import { useEndHandlingNormMutation } from '@/modules/handlingNorms/hooks/useEndHandlingNormMutation';
import type { HandlingNormItem } from '@/modules/handlingNorms/utils/buildHandlingNormsTable';
import { errorText } from '@/ui/MutationFeedback';

interface EndHandlingNormFormProps {
  norm: HandlingNormItem;
}

/** The last day a norm applies (also to move an end date). */
export function EndHandlingNormForm({ norm }: EndHandlingNormFormProps) {
  const id = useId();
  const [validTo, setValidTo] = useState(norm.validTo ?? '');
  const mutation = useEndHandlingNormMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (validTo) mutation.mutate({ id: norm.id, validTo });
  }

  return (
    <form onSubmit={submit} className="choice-row">
      <label htmlFor={id} className="visually-hidden">
        Laatste dag van de termijn van {norm.sourceName}
        {norm.themeLabel ? ` voor ${norm.themeLabel}` : ''}
      </label>
      <input
        id={id}
        type="date"
        required
        value={validTo}
        onChange={(event) => setValidTo(event.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={mutation.isPending}>
        Einddatum opslaan
      </button>
      {mutation.error && <span role="alert">{errorText(mutation.error)}</span>}
    </form>
  );
}
