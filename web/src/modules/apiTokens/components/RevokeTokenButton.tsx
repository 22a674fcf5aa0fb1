import { useEffect, useRef, useState } from 'react';
import { useRevokeApiTokenMutation } from '@/modules/apiTokens/hooks/useRevokeApiTokenMutation';
import { MutationFeedback } from '@/ui/MutationFeedback';

interface RevokeTokenButtonProps {
  id: number;
  name: string;
  /** After the API answered (this button then disappears with the token's new status); false: it was not valid any more. */
  onRevoked: (name: string, revoked: boolean) => void;
}

/** Revoke, after an explicit second step; focus moves to the confirmation and back on cancel. */
export function RevokeTokenButton({ id, name, onRevoked }: RevokeTokenButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const mutation = useRevokeApiTokenMutation();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (returnFocus.current) startButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        type="button"
        ref={startButton}
        className="button button--secondary"
        onClick={() => setConfirming(true)}
        aria-label={`Token “${name}” intrekken`}
      >
        Intrekken
      </button>
    );
  }
  return (
    <div className="token-revoke" role="group" aria-label={`Token “${name}” intrekken`}>
      <p>Weet u het zeker? Programma’s die deze token gebruiken, krijgen daarna geen cijfers meer.</p>
      <button
        type="button"
        ref={confirmButton}
        className="button"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate(id, { onSuccess: (data) => onRevoked(name, data.revokeApiToken) })}
      >
        Ja, intrekken
      </button>{' '}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          returnFocus.current = true;
          setConfirming(false);
        }}
      >
        Annuleren
      </button>
      <MutationFeedback error={mutation.error} success={null} />
    </div>
  );
}
