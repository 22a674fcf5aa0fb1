import type { ImportJobQuery } from '@/generated/graphql';
import { formatNumber } from '@/lib/format';
import { importPhaseLabel, importStatusLabels } from '@/modules/sources/utils/importStatusLabels';

type Job = NonNullable<ImportJobQuery['importJob']>;

export interface ImportProgressText {
  /** Still running: keep polling. */
  running: boolean;
  /** 0–100 for <progress>, null when unknown (indeterminate bar). */
  percent: number | null;
  /** "Bestand lezen: 1.200 rijen gelezen, 350 rijen per seconde". */
  label: string;
  /** The final summary, announced once the import has ended; null while running. */
  summary: string | null;
}

/** What the progress bar and the announcement say about an import. */
export function describeImportProgress(job: Job): ImportProgressText {
  const running = job.status === 'pending' || job.status === 'running';
  const progress = job.progress;
  const rowsRead = progress?.rowsRead ?? job.rowsRead;
  const speed =
    progress?.rowsPerSecond !== null && progress?.rowsPerSecond !== undefined
      ? `, ${formatNumber(Math.round(progress.rowsPerSecond))} rijen per seconde`
      : '';
  const label = `${progress ? importPhaseLabel(progress.phase) : importStatusLabels[job.status]}: ${formatNumber(rowsRead)} rijen gelezen${speed}`;
  let summary: string | null = null;
  if (!running) {
    if (job.status === 'succeeded') {
      summary = `Import #${job.id} is klaar: ${formatNumber(job.rowsInserted)} nieuw, ${formatNumber(job.rowsUpdated)} bijgewerkt, ${formatNumber(job.rowsUnchanged)} ongewijzigd, ${formatNumber(job.rowsRejected)} afgewezen.`;
    } else if (job.status === 'duplicate') {
      summary = `Import #${job.id}: dit bestand was al geladen met dit profiel. Er is niets veranderd.${job.error ? ` ${job.error}` : ''}`;
    } else {
      summary = `Import #${job.id} is mislukt. Er is niets van het bestand opgeslagen.${job.error ? ` Reden: ${job.error}` : ''}`;
    }
  }
  const percent = running ? (progress?.percent ?? null) : 100;
  return { running, percent: percent === null ? null : Math.min(100, Math.max(0, percent)), label, summary };
}
