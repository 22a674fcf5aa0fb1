import { extname } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread from its entry file, given without extension (`join(__dirname, 'import-worker')`).
 * Built, the entry is the compiled .js beside the caller; under ts (tests, tsx) it is the .ts file, loaded
 * through tsx. This file is compiled (or not) like its callers, so its own extension tells which.
 */
export function startWorker(entryWithoutExtension: string, options: WorkerOptions): Worker {
  const entry = `${entryWithoutExtension}${extname(__filename)}`;
  return entry.endsWith('.ts')
    ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { ...options, eval: true })
    : new Worker(entry, options);
}
