import { GraphqlRequestError } from '@/lib/graphqlClient';

interface MutationFeedbackProps {
  error: Error | null;
  /** Shown (politely announced) after the last change succeeded; null hides it. */
  success: string | null;
}

/** The API's own Dutch message when a change is refused, else a plain retry hint. */
export function errorText(error: Error): string {
  return error instanceof GraphqlRequestError && error.serverMessages.length > 0
    ? error.serverMessages.join(' ')
    : 'Het opslaan is niet gelukt. Probeer het later opnieuw.';
}

/** The outcome of a form's change: an alert when refused, a status line when done. */
export function MutationFeedback({ error, success }: MutationFeedbackProps) {
  return (
    <>
      <div role="alert" className={error ? 'form__errors' : undefined}>
        {error && <p>{errorText(error)}</p>}
      </div>
      <p role="status">{!error && success}</p>
    </>
  );
}
