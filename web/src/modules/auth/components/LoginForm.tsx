import { useId, useState, type FormEvent } from 'react';
import { useLoginMutation } from '@/modules/auth/hooks/useLoginMutation';
import { GraphqlRequestError } from '@/lib/graphqlClient';

interface LoginFormProps {
  onLoggedIn: () => void;
}

/** The API's own message (Dutch, says nothing about which field was wrong), else a general one. */
function describeLoginError(error: Error): string {
  if (error instanceof GraphqlRequestError && error.serverMessages.length > 0 && error.status < 500) {
    return error.serverMessages.join(' ');
  }
  return 'Inloggen lukt nu niet. Probeer het later opnieuw.';
}

/**
 * Username and password, with errors in one role="alert" region so screen readers hear them at once;
 * empty fields are checked here too (with aria-invalid), so a user never waits for the server.
 */
export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username: boolean; password: boolean } | null>(null);
  const login = useLoginMutation();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nowMissing = { username: username.trim() === '', password: password === '' };
    if (nowMissing.username || nowMissing.password) {
      setMissing(nowMissing);
      return;
    }
    setMissing(null);
    login.mutate({ username: username.trim(), password }, { onSuccess: onLoggedIn });
  }

  const messages: string[] = [];
  if (missing?.username) messages.push('Vul uw gebruikersnaam in.');
  if (missing?.password) messages.push('Vul uw wachtwoord in.');
  if (login.error && !missing) messages.push(describeLoginError(login.error));

  return (
    <form className="form" onSubmit={submit} noValidate aria-describedby={`${id}-errors`}>
      <div id={`${id}-errors`} role="alert" className={messages.length > 0 ? 'form__errors' : undefined}>
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-username`}>Gebruikersnaam</label>
        <input
          id={`${id}-username`}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={missing?.username ? true : undefined}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
      </div>
      <div className="form__field">
        <label htmlFor={`${id}-password`}>Wachtwoord</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={missing?.password ? true : undefined}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={login.isPending}>
        {login.isPending ? 'Bezig met inloggen…' : 'Inloggen'}
      </button>
    </form>
  );
}
