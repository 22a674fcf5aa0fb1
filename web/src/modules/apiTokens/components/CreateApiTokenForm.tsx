import { useId, useState, type FormEvent } from 'react';
import type { CreateApiTokenMutation } from '@/generated/graphql';
import { useCreateApiTokenMutation } from '@/modules/apiTokens/hooks/useCreateApiTokenMutation';
import { MutationFeedback } from '@/ui/MutationFeedback';

const VALIDITY_OPTIONS = [
  { days: 30, label: '30 dagen' },
  { days: 90, label: '90 dagen (aangeraden)' },
  { days: 180, label: 'Een half jaar' },
  { days: 365, label: 'Een jaar (het langst)' },
] as const;

interface CreateApiTokenFormProps {
  onCreated: (created: CreateApiTokenMutation['createApiToken']) => void;
}

/** A name and a validity; the token itself comes back once, to `onCreated`. */
export function CreateApiTokenForm({ onCreated }: CreateApiTokenFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [validDays, setValidDays] = useState(90);
  const mutation = useCreateApiTokenMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate(
      { input: { name, validDays } },
      {
        onSuccess: (data) => {
          setName('');
          onCreated(data.createApiToken);
        },
      },
    );
  }

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Nieuwe token maken</h2>
      <form className="form" onSubmit={submit}>
        <div className="form__field">
          <label htmlFor={`${id}-name`}>Waarvoor gebruikt u de token?</label>
          <input
            id={`${id}-name`}
            required
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby={`${id}-name-hint`}
          />
          <p id={`${id}-name-hint`} className="form__hint">
            Bijvoorbeeld “Power BI wijkrapportage”. Zo herkent u de token later in de lijst.
          </p>
        </div>
        <div className="form__field">
          <label htmlFor={`${id}-days`}>Geldig</label>
          <select
            id={`${id}-days`}
            value={validDays}
            onChange={(event) => setValidDays(Number(event.target.value))}
          >
            {VALIDITY_OPTIONS.map((option) => (
              <option key={option.days} value={option.days}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? 'Token wordt gemaakt…' : 'Token maken'}
        </button>
        <MutationFeedback error={mutation.error} success={null} />
      </form>
    </section>
  );
}
