import type { ReactNode } from 'react';
import { dataBusyMessage } from '@/lib/graphqlClient';

interface LoadingPanelProps {
  isLoading: boolean;
  error: Error | null;
  /** True when the request succeeded but there is nothing to show. */
  isEmpty?: boolean;
  loadingText?: string;
  emptyText?: string;
  onRetry?: () => void;
  children?: ReactNode;
}

/**
 * The one way every panel shows loading, error and empty states, so users always get the same
 * Dutch wording and screen readers hear the change (role="status" is polite, role="alert" is not).
 */
export function LoadingPanel({
  isLoading,
  error,
  isEmpty = false,
  loadingText = 'De gegevens worden geladen…',
  emptyText = 'Er zijn geen gegevens om te laten zien.',
  onRetry,
  children,
}: LoadingPanelProps) {
  if (error) {
    const busy = dataBusyMessage(error);
    return (
      <div role="alert" className="state state--error">
        <p>{busy ?? 'Het ophalen van de gegevens is niet gelukt. Probeer het later opnieuw.'}</p>
        {busy === null && (
          <details>
            <summary>Technische details</summary>
            <p>{error.message}</p>
          </details>
        )}
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Opnieuw proberen
          </button>
        )}
      </div>
    );
  }
  if (isLoading) {
    return (
      <p role="status" className="state state--loading">
        {loadingText}
      </p>
    );
  }
  if (isEmpty) {
    return (
      <p role="status" className="state state--empty">
        {emptyText}
      </p>
    );
  }
  return <>{children}</>;
}
