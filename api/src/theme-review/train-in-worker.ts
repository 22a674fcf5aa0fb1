import type { TrainingPhase } from '@leerlus/etl';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers/start-worker';
import type { ThemeTrainingWorkerData, ThemeTrainingWorkerMessage } from './theme-training-worker.messages';

export interface WorkerTraining {
  /** The new model's version once it is stored. */
  version: Promise<number>;
  /** Stops the training (at shutdown); nothing is stored unless the model was already saved. */
  stop: () => Promise<void>;
}

/** Runs one trainThemeModel in a worker thread (theme-training-worker.ts), reporting its phases. */
export function trainInWorker(
  data: ThemeTrainingWorkerData,
  onProgress: (phase: TrainingPhase) => void,
): WorkerTraining {
  const worker: Worker = startWorker(join(__dirname, 'theme-training-worker'), { workerData: data });
  const version = new Promise<number>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: ThemeTrainingWorkerMessage) => {
      if (message.type === 'progress') onProgress(message.phase);
      else if (message.type === 'done') {
        settled = true;
        resolve(message.version);
      } else {
        settled = true;
        reject(new Error(message.message));
      }
    });
    const died = (cause: Error | number): void => {
      if (settled) return;
      settled = true;
      reject(
        new Error(`Trainingsworker gestopt: ${cause instanceof Error ? cause.message : `exitcode ${cause}`}`),
      );
    };
    worker.on('error', died);
    worker.on('exit', died);
  });
  return {
    version,
    stop: async () => {
      await worker.terminate();
    },
  };
}
