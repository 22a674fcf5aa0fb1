import { mutationErrorText } from '@/lib/mutationErrorText';

interface SubscriptionEmailFieldsProps {
  /** Prefix for the field's id (from useId). */
  id: string;
  email: string;
  onEmailChange: (email: string) => void;
  pending: boolean;
  succeeded: boolean;
  error: Error | null;
}

/** The end of an e-mail subscription form: the address, the submit button and the outcome. */
export function SubscriptionEmailFields({
  id,
  email,
  onEmailChange,
  pending,
  succeeded,
  error,
}: SubscriptionEmailFieldsProps) {
  return (
    <>
      <div className="form__field">
        <label htmlFor={`${id}-email`}>E-mailadres</label>
        <input
          id={`${id}-email`}
          type="email"
          required
          autoComplete="email"
          value={email}
          onChange={(event) => onEmailChange(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Aanmelden
      </button>
      <div role="status">{succeeded && 'Uw keuze is opgeslagen.'}</div>
      <div role="alert">{error && `Uw keuze is niet opgeslagen. ${mutationErrorText(error)}`}</div>
    </>
  );
}
