import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { ReportKind } from '@/generated/graphql';
import { ReportKindSelect } from '@/modules/reports/components/ReportKindSelect';
import { reportSubscriptionsQueryOptions } from '@/modules/reports/hooks/reportSubscriptionsQueryOptions';
import { useReportSubscriptionMutation } from '@/modules/reports/hooks/useReportSubscriptionMutation';
import { reportKindLabels } from '@/modules/reports/utils/reportKindLabels';
import { LoadingPanel } from '@/ui/LoadingPanel';
import { SubscriptionEmailFields } from '@/ui/SubscriptionEmailFields';

/** Receive a kind of report by e-mail when the P&C calendar makes it due, or stop receiving it. */
export function ReportSubscriptionsPanel() {
  const id = useId();
  const { data, error, isPending, refetch } = useQuery(reportSubscriptionsQueryOptions());
  const mutation = useReportSubscriptionMutation();
  const [kind, setKind] = useState<ReportKind>('bestuursrapportage');
  const [email, setEmail] = useState('');
  const subscriptions = data?.reportSubscriptions ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate({ kind, email }, { onSuccess: () => setEmail('') });
  }

  return (
    <section className="panel no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Rapporten per e-mail</h2>
      <p>
        Leerlus stuurt een rapport als PDF zodra het volgens de planning- en controlcyclus klaar is: de
        bestuursrapportage vanaf 1 september, de voorjaarsnota, het jaarverslag en het klachtenjaarverslag in
        het voorjaar.
      </p>
      <LoadingPanel isLoading={isPending} error={error} onRetry={() => void refetch()}>
        {subscriptions.length > 0 && (
          <ul>
            {subscriptions.map((subscription) => (
              <li key={subscription.kind}>
                {reportKindLabels[subscription.kind]} naar {subscription.email}{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => mutation.mutate({ kind: subscription.kind, email: null })}
                >
                  Afmelden voor {reportKindLabels[subscription.kind]}
                </button>
              </li>
            ))}
          </ul>
        )}
      </LoadingPanel>
      <form className="form" onSubmit={submit}>
        <ReportKindSelect id={`${id}-kind`} label="Rapport" value={kind} onChange={setKind} />
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
