import {
  ImportBusyError,
  type ImportProgress,
  type ImportSummary,
  ImportUsageError,
  ProfileError,
} from '@leerlus/etl';
import { join } from 'node:path';
import { startWorker } from '../workers/start-worker';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker.messages';

/** The message an import gets when its worker ran out of memory or died otherwise. */
export const WORKER_DIED_MESSAGE =
  'De import is afgebroken: het bestand vroeg meer geheugen dan een import mag gebruiken ' +
  '(bijvoorbeeld een enorm groot vak of een uitpakkend XLSX-bestand). Controleer het bestand en lever het opnieuw aan.';

/** The worker died (out of memory, crash) before it reported an outcome. */
export class ImportWorkerDiedError extends Error {}

export interface IsolatedImportHooks {
  log: (message: string) => void;
  onProgress: (progress: ImportProgress) => void;
}

/** The errors the caller tells apart (imports.service.ts), rebuilt from their class name. */
const KNOWN_ERRORS: Readonly<Record<string, (message: string) => Error>> = {
  ImportBusyError: (message) => new ImportBusyError(message),
  ImportUsageError: (message) => new ImportUsageError(message),
  ProfileError: (message) => Object.assign(new ProfileError('', []), { message }),
};

/**
 * Runs one import in a worker thread with a heap limit (issue 19, finding 4), so a file that inflates
 * beyond it fails alone: the worker dies, the API and its event loop carry on. Under ts (tests) the
 * worker loads its TypeScript through tsx; built, it is the compiled .js beside this file.
 */
export function importInWorker(
  data: ImportWorkerData,
  maxHeapMb: number,
  hooks: IsolatedImportHooks,
): Promise<ImportSummary> {
  const worker = startWorker(join(__dirname, 'import-worker'), {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
  });
  return new Promise<ImportSummary>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: ImportWorkerMessage) => {
      switch (message.type) {
        case 'log':
          hooks.log(message.message);
          break;
        case 'progress':
          hooks.onProgress(message.progress);
          break;
        case 'done':
          settled = true;
          resolve(message.summary);
          break;
        case 'error': {
          settled = true;
          const rebuild = KNOWN_ERRORS[message.errorClass];
          reject(rebuild ? rebuild(message.message) : new Error(message.message));
          break;
        }
      }
    });
    const died = (cause: Error | number): void => {
      if (settled) return;
      settled = true;
      // The cause stays in the server log (an out-of-memory error, or the exit code); the import gets the
      // plain reason.
      hooks.log(`Importworker gestopt: ${cause instanceof Error ? cause.message : `exitcode ${cause}`}`);
      reject(new ImportWorkerDiedError(WORKER_DIED_MESSAGE));
    };
    worker.on('error', died);
    worker.on('exit', died);
  });
}
