import type { ImportOptions, ImportProgress, ImportSummary } from '@leerlus/etl';

/** What the main thread hands the import worker: plain data only (no callbacks cross threads). */
export interface ImportWorkerData {
  databaseUrl: string;
  options: Omit<ImportOptions, 'log' | 'onProgress'>;
}

/** What the worker reports back; an error carries its class name so the caller can tell kinds apart. */
export type ImportWorkerMessage =
  | { type: 'log'; message: string }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; errorClass: string; message: string };
