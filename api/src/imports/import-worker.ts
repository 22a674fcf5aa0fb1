import { importFile, lowerThreadPriority, type ImportOptions } from '@leerlus/etl';
import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'pg';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker.messages';

/**
 * Entry of the import worker thread (import-isolation.ts): one import, with its own connection pool,
 * reporting log lines, progress and the outcome to the API's main thread. A file that needs more
 * memory than the worker's heap limit kills this thread only.
 */
const data = workerData as ImportWorkerData;
// This thread only (Linux niceness is per thread): the API's own requests keep their priority.
lowerThreadPriority();
const post = (message: ImportWorkerMessage): void => parentPort?.postMessage(message);
const pool = new Pool({ connectionString: data.databaseUrl, max: 2 });
pool.on('error', () => undefined);
const options: ImportOptions = {
  ...data.options,
  log: (message) => post({ type: 'log', message }),
  onProgress: (progress) => post({ type: 'progress', progress }),
};

importFile(pool, options)
  .then((summary) => post({ type: 'done', summary }))
  .catch((error: unknown) => {
    const failure = error instanceof Error ? error : new Error(String(error));
    post({ type: 'error', errorClass: failure.constructor.name, message: failure.message });
  })
  .finally(() => pool.end());
