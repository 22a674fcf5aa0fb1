import { useId, useState, type FormEvent } from 'react';
import { useChangePasswordMutation } from '@/modules/auth/hooks/useChangePasswordMutation';
import { GraphqlRequestError } from '@/lib/graphqlClient';

/** The API explains what is wrong with the new password (Dutch); otherwise a general message. */
function describeError(error: Error): string {
  if (error instanceof GraphqlRequestError && error.serverMessages.length > 0 && error.status < 500) {
    return error.serverMessages.join(' ');
  }
  return 'Het wachtwoord wijzigen lukt nu niet. Probeer het later opnieuw.';
}

/**
 * Current password, new password twice. The rules (length, no common or guessable passwords) are
 * checked by the server; here only what the user can see at once: empty fields, a repeat that differs.
 */
export function ChangePasswordForm() {
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = useChangePasswordMutation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (current === '' || next === '') return setProblem('Vul uw huidige en uw nieuwe wachtwoord in.');
    if (next !== repeat) return setProblem('De twee nieuwe wachtwoorden zijn niet gelijk.');
    setProblem(null);
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
        },
      },
    );
  }

  const message = problem ?? (change.error ? describeError(change.error) : null);
  const field = (
    key: string,
    label: string,
    value: string,
    set: (v: string) => void,
    autoComplete: string,
  ) => (
    <div className="form__field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="password"
        autoComplete={autoComplete}
        required
        value={value}
        onChange={(event) => set(event.target.value)}
      />
    </div>
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-describedby={`${id}-status`}>
      <div id={`${id}-status`} role="alert" className={message ? 'form__errors' : undefined}>
        {message && <p>{message}</p>}
        {change.isSuccess && !message && <p>Uw wachtwoord is gewijzigd. Andere sessies zijn uitgelogd.</p>}
      </div>
      {field('current', 'Huidig wachtwoord', current, setCurrent, 'current-password')}
      {field('new', 'Nieuw wachtwoord', next, setNext, 'new-password')}
      {field('repeat', 'Nieuw wachtwoord nog een keer', repeat, setRepeat, 'new-password')}
      <button type="submit" className="button" disabled={change.isPending}>
        {change.isPending ? 'Bezig…' : 'Wachtwoord wijzigen'}
      </button>
    </form>
  );
}
