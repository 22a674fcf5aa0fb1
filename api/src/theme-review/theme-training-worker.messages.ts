import type { TrainingOptions, TrainingPhase } from '@leerlus/etl';

/** What the main thread hands the theme-training worker: plain data only (no callbacks cross threads). */
export interface ThemeTrainingWorkerData {
  databaseUrl: string;
  options: Omit<TrainingOptions, 'onProgress'>;
}

/** What the worker reports back. */
export type ThemeTrainingWorkerMessage =
  | { type: 'progress'; phase: TrainingPhase }
  | { type: 'done'; version: number }
  | { type: 'error'; message: string };
