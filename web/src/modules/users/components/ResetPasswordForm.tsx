import { useId, useState, type FormEvent } from 'react';
import { useResetPasswordMutation } from '@/modules/users/hooks/useResetPasswordMutation';
import { errorText } from '@/ui/MutationFeedback';

interface ResetPasswordFormProps {
  username: string;
}

/** A new password for someone who forgot theirs; their sessions end. */
export function ResetPasswordForm({ username }: ResetPasswordFormProps) {
  const id = useId();
  const [password, setPassword] = useState('');
  const mutation = useResetPasswordMutation();

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ username, newPassword: password }, { onSuccess: () => setPassword('') });
  }

  return (
    <form onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        Nieuw wachtwoord voor {username}
      </label>
      <input
        id={id}
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={mutation.isPending}>
        Wachtwoord instellen
      </button>
      <span role="status">{mutation.isSuccess && ' Het nieuwe wachtwoord geldt nu.'}</span>
      {mutation.error && <p role="alert">{errorText(mutation.error)}</p>}
    </form>
  );
}
