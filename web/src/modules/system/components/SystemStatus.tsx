import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { healthQueryOptions } from '@/modules/system/hooks/healthQueryOptions';
import { describeHealth } from '@/modules/system/utils/describeHealth';
import { LoadingPanel } from '@/ui/LoadingPanel';

/** Live status of Leerlus and its database, straight from the API. */
export function SystemStatus() {
  const headingId = useId();
  const { data, error, isPending, refetch } = useQuery(healthQueryOptions());
  const description = data ? describeHealth(data.health) : undefined;

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>Systeemstatus</h2>
      <LoadingPanel
        isLoading={isPending}
        error={error}
        loadingText="De systeemstatus wordt opgehaald…"
        onRetry={() => void refetch()}
      >
        {data && description && (
          <>
            {/* The tone is also in the words, so colour is never the only signal. */}
            <p role="status" className={`system-status system-status--${description.tone}`}>
              {description.text}
            </p>
            <p className="muted">Versie {data.health.version}</p>
          </>
        )}
      </LoadingPanel>
    </section>
  );
}
