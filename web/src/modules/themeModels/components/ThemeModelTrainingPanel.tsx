import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { formatDateTime } from '@/lib/format';
import { themeModelTrainingQueryOptions } from '@/modules/themeModels/hooks/themeModelTrainingQueryOptions';
import { useStartThemeModelTrainingMutation } from '@/modules/themeModels/hooks/useStartThemeModelTrainingMutation';
import { isTrainingDone, TRAINING_PHASE_LABELS } from '@/modules/themeModels/utils/trainingPhaseLabels';
import { scalarText } from '@/ui/scalarText';

const PHASES = ['gegevens', 'trainen', 'evalueren', 'opslaan', 'klaar'];

/** Starts a new training and shows its progress; a finished training refreshes the list of versions. */
export function ThemeModelTrainingPanel() {
  const headingId = useId();
  const queryClient = useQueryClient();
  const { data, error } = useQuery(themeModelTrainingQueryOptions());
  const start = useStartThemeModelTrainingMutation();
  const training = data?.themeModelTraining ?? null;
  const running = training !== null && !isTrainingDone(training.phase);
  const finishedVersion = training?.phase === 'klaar' ? training.version : null;

  useEffect(() => {
    if (finishedVersion !== null) void queryClient.invalidateQueries({ queryKey: ['themeModels:list'] });
  }, [finishedVersion, queryClient]);

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>Opnieuw trainen</h2>
      <p>
        Het model leert van de voorbeeldteksten, van klachten waarvan de bron het thema gaf en van alle
        beoordelingen. Een nieuw model wordt pas gebruikt als u het in gebruik neemt.
      </p>
      <button
        type="button"
        className="button"
        disabled={running || start.isPending}
        onClick={() => start.mutate()}
      >
        Nieuw model trainen
      </button>
      {training && (
        <div role="status">
          {running ? (
            <p>
              <progress
                max={PHASES.length}
                value={PHASES.indexOf(training.phase) + 1}
                aria-label="Voortgang van het trainen"
              />{' '}
              {TRAINING_PHASE_LABELS[training.phase] ?? training.phase} (gestart door {training.startedBy} op{' '}
              {formatDateTime(scalarText(training.startedAt))})
            </p>
          ) : training.phase === 'klaar' ? (
            <p>
              Versie {training.version} is getraind op {formatDateTime(scalarText(training.finishedAt))}.
              Bekijk de toetsing hieronder.
            </p>
          ) : (
            <p role="alert">{training.error ?? 'Het trainen is mislukt.'}</p>
          )}
        </div>
      )}
      {(start.isError || error) && (
        <p role="alert">Het trainen kon niet worden gestart of gevolgd. Probeer het opnieuw.</p>
      )}
    </section>
  );
}
