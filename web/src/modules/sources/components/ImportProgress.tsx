import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { importJobQueryOptions } from '@/modules/sources/hooks/importJobQueryOptions';
import { describeImportProgress } from '@/modules/sources/utils/describeImportProgress';
import { LoadingPanel } from '@/ui/LoadingPanel';

interface ImportProgressProps {
  importId: string;
  onShowRejected: (id: string) => void;
}

/** Progress bar while an upload runs, then the summary, announced once via role="status". */
export function ImportProgress({ importId, onShowRejected }: ImportProgressProps) {
  const id = useId();
  const queryClient = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(importJobQueryOptions(importId));
  const job = data?.importJob;
  const progress = job ? describeImportProgress(job) : null;
  const finished = progress !== null && !progress.running;

  useEffect(() => {
    if (finished) {
      void queryClient.invalidateQueries({ queryKey: ['sources:imports'] });
      void queryClient.invalidateQueries({ queryKey: ['sources:freshness'] });
    }
  }, [finished, queryClient]);

  return (
    <LoadingPanel
      isLoading={isPending}
      error={error}
      isEmpty={data !== undefined && !job}
      emptyText={`Import #${importId} is niet gevonden.`}
      onRetry={() => void refetch()}
    >
      {job && progress && (
        <div className="import-progress">
          <label htmlFor={`${id}-bar`}>Voortgang van import #{importId}</label>
          <progress
            id={`${id}-bar`}
            max={100}
            value={progress.percent ?? undefined}
            aria-describedby={`${id}-label`}
          />
          <p id={`${id}-label`}>{progress.label}</p>
          <div role="status">{progress.summary && <p>{progress.summary}</p>}</div>
          {finished && job.rowsRejected > 0 && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onShowRejected(importId)}
            >
              Bekijk de afgewezen rijen
            </button>
          )}
        </div>
      )}
    </LoadingPanel>
  );
}
