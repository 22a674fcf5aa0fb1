import { useId, useState, type FormEvent } from 'react';
import type { PanelCaseQuery } from '@/generated/graphql';
import { GraphqlRequestError } from '@/lib/graphqlClient';
import { useConfirmPanelSystemErrorMutation } from '@/modules/panel/hooks/useConfirmPanelSystemErrorMutation';
import { answerText } from '@/modules/panel/utils/panelLabels';

type PanelCase = PanelCaseQuery['panelCase'];

/**
 * For the coordinator: what the members answered, and confirming a system error. A confirmed error
 * becomes a signal (Systeemsignalen), so it reaches the learning loop.
 */
export function CaseReviewsOverview({ panelCase }: { panelCase: PanelCase }) {
  const id = useId();
  const [note, setNote] = useState(panelCase.confirmationNote ?? '');
  const mutation = useConfirmPanelSystemErrorMutation();
  const anyError = panelCase.reviews.some((review) => review.systemError === 'ja');

  function submit(event: FormEvent, confirmed: boolean) {
    event.preventDefault();
    mutation.mutate({
      sampleId: panelCase.sampleId,
      decisionId: panelCase.decisionId,
      confirmed,
      note: note.trim() === '' ? null : note.trim(),
    });
  }
  const message =
    mutation.error instanceof GraphqlRequestError
      ? mutation.error.serverMessages.join(' ')
      : 'Probeer het opnieuw.';

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Oordelen van het panel</h2>
      {panelCase.reviews.length === 0 ? (
        <p>Nog niemand heeft deze zaak beoordeeld.</p>
      ) : (
        <ul className="link-list">
          {panelCase.reviews.map((review) => (
            <li key={review.reviewerName}>
              <strong>{review.reviewerName}</strong>: systeemfout{' '}
              {answerText(review.systemError).toLowerCase()}; redelijk voor de inwoner{' '}
              {answerText(review.reasonable).toLowerCase()}.
              {review.reasonableExplanation && <> Toelichting: {review.reasonableExplanation}</>}
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={(event) => submit(event, !panelCase.confirmed)}>
        <h3>Systeemfout bevestigen</h3>
        <p>
          {panelCase.confirmed
            ? 'U heeft deze systeemfout bevestigd. Hij staat bij de systeemsignalen.'
            : 'Bevestig een systeemfout als u het met het panel eens bent. Dan komt hij bij de systeemsignalen.'}
        </p>
        <div className="form__field">
          <label htmlFor={`${id}-note`}>Notitie (niet verplicht)</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            maxLength={4000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button"
          disabled={mutation.isPending || (!panelCase.confirmed && !anyError)}
        >
          {panelCase.confirmed ? 'Bevestiging intrekken' : 'Systeemfout bevestigen'}
        </button>
        {!panelCase.confirmed && !anyError && (
          <p className="form__hint">Dit kan pas als een lid van het panel een systeemfout zag.</p>
        )}
        <div role="status">{mutation.isSuccess && 'Opgeslagen.'}</div>
        <div role="alert">{mutation.isError && `Niet opgeslagen. ${message}`}</div>
      </form>
    </section>
  );
}
