interface UploadFormErrorsProps {
  /** What is wrong with the form before it is sent (one line each). */
  problems: readonly string[];
  /** The refused upload, or null. */
  error: Error | null;
  /** The sentence before the server's message, e.g. "Het uploaden is niet gelukt." */
  failure: string;
}

/** The alert at the top of an upload form: the form's own problems, then why the server refused the file. */
export function UploadFormErrors({ problems, error, failure }: UploadFormErrorsProps) {
  return (
    <div role="alert" className={problems.length > 0 || error ? 'form__errors' : undefined}>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {error && (
        <p>
          {failure} {error.message}
        </p>
      )}
    </div>
  );
}
