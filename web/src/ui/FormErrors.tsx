import { GraphqlRequestError } from '@/lib/graphqlClient';

interface FormErrorsProps {
  /** What is wrong, one line each: the form's own problems before it is sent, or those the server found. */
  problems: readonly string[];
  /** The sentence above the problems, e.g. "Het profiel is niet opgeslagen:". */
  intro?: string;
  /** The refused request, or null. */
  error?: Error | null;
  /** The sentence before the server's reason, e.g. "Het uploaden is niet gelukt." */
  failure?: string;
}

/**
 * The alert of a form (an upload, the profile editor) or of what a file check found: the problems as
 * a list, then why the server refused the request. Always rendered, so that screen readers announce
 * what appears in it.
 */
export function FormErrors({ problems, intro, error = null, failure }: FormErrorsProps) {
  return (
    <div role="alert" className={problems.length > 0 || error ? 'form__errors' : undefined}>
      {problems.length > 0 && (
        <>
          {intro && <p>{intro}</p>}
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      )}
      {error && <p>{[failure, reason(error)].filter(Boolean).join(' ')}</p>}
    </div>
  );
}

/** The API's own messages for a refused GraphQL request, else the error's message. */
function reason(error: Error): string {
  return error instanceof GraphqlRequestError && error.serverMessages.length > 0
    ? error.serverMessages.join(' ')
    : error.message;
}
