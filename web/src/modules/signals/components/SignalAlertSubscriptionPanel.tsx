import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { SignalAlertScope } from '@/generated/graphql';
import { signalSubscriptionQueryOptions } from '@/modules/signals/hooks/signalSubscriptionQueryOptions';
import { useSignalSubscriptionMutation } from '@/modules/signals/hooks/useSignalSubscriptionMutation';
import { signalAlertScopeLabels } from '@/modules/signals/utils/signalSeverityLabels';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { SubscriptionEmailFields } from '@/ui/SubscriptionEmailFields';

const scopes = Object.keys(signalAlertScopeLabels) as SignalAlertScope[];

/** Get an e-mail for every new signal or only for urgent ones, or stop getting them. */
export function SignalAlertSubscriptionPanel() {
  const id = useId();
  const { data, error, isPending, refetch } = useQuery(signalSubscriptionQueryOptions());
  const mutation = useSignalSubscriptionMutation();
  const [scope, setScope] = useState<SignalAlertScope>('urgent');
  const [email, setEmail] = useState('');
  const current = data?.signalSubscription ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ scope, email }, { onSuccess: () => setEmail('') });
  }

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Signalen per e-mail</h2>
      <p>
        Leerlus kan u een e-mail sturen als er een nieuw signaal is, of alleen als een signaal urgent is. In
        de e-mail staan geen namen en geen dossiers. U ziet er alleen in wat u ook in Leerlus mag zien.
      </p>
      <LoadingPanel isLoading={isPending} error={error} onRetry={() => void refetch()}>
        <p>
          {current ? (
            <>
              U krijgt een e-mail bij: {signalAlertScopeLabels[current.scope].toLowerCase()}, naar{' '}
              {current.email}.{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => mutation.mutate(null)}
              >
                Afmelden voor signalen per e-mail
              </button>
            </>
          ) : (
            'U krijgt nu geen e-mail over signalen.'
          )}
        </p>
      </LoadingPanel>
      <form className="form" onSubmit={submit}>
        <fieldset className="form__field">
          <legend>Waarvoor wilt u een e-mail?</legend>
          {scopes.map((code) => (
            <label key={code}>
              <input
                type="radio"
                name={`${id}-scope`}
                value={code}
                checked={scope === code}
                onChange={() => setScope(code)}
              />{' '}
              {signalAlertScopeLabels[code]}
            </label>
          ))}
        </fieldset>
        <SubscriptionEmailFields
          id={id}
          email={email}
          onEmailChange={setEmail}
          pending={mutation.isPending}
          succeeded={mutation.isSuccess}
          error={mutation.error}
        />
      </form>
    </section>
  );
}
