import { useId, useState, type FormEvent } from 'react';
import { useEndContractMutation } from '@/modules/referenceData/hooks/useEndContractMutation';
import type { ContractItem } from '@/modules/referenceData/utils/buildContractsTable';
import { errorText } from '@/ui/MutationFeedback';

interface EndContractFormProps {
  contract: ContractItem;
}

/** The last day of a contract (also to move an end date). */
export function EndContractForm({ contract }: EndContractFormProps) {
  const id = useId();
  const [endsOn, setEndsOn] = useState(contract.endsOn ?? '');
  const mutation = useEndContractMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (endsOn) mutation.mutate({ id: contract.id, endsOn });
  }

  return (
    <form onSubmit={submit} className="choice-row">
      <label htmlFor={id} className="visually-hidden">
        Laatste dag van het contract met {contract.organisationName}
        {contract.reference ? ` (${contract.reference})` : ''}
      </label>
      <input
        id={id}
        type="date"
        required
        value={endsOn}
        onChange={(event) => setEndsOn(event.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={mutation.isPending}>
        Einddatum opslaan
      </button>
      {mutation.error && <span role="alert">{errorText(mutation.error)}</span>}
    </form>
  );
}
