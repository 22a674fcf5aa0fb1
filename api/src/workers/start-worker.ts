import { extname, join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const ROOT = join(__dirname, '..', '..', '..');
/** Under ts the workspace packages resolve to their sources, as in jest (jest.preset.js), not to a stale build. */
const SOURCES: Readonly<Record<string, string>> = {
  '@leerlus/etl': join(ROOT, 'etl', 'src', 'index.ts'),
  '@leerlus/sql': join(ROOT, 'sql', 'src', 'index.ts'),
};

/**
 * Starts a worker thread from its entry file, given without extension (`join(__dirname, 'import-worker')`).
 * Built, the entry is the compiled .js beside the caller; under ts (tests, tsx) it is the .ts file, loaded
 * through tsx with the workspace packages mapped to their sources. This file is compiled (or not) like its
 * callers, so its own extension tells which.
 */
export function startWorker(entryWithoutExtension: string, options: WorkerOptions): Worker {
  const entry = `${entryWithoutExtension}${extname(__filename)}`;
  if (!entry.endsWith('.ts')) return new Worker(entry, options);
  const script = `
    require('tsx/cjs');
    const Module = require('node:module');
    const sources = ${JSON.stringify(SOURCES)};
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      return resolve.call(this, sources[request] ?? request, ...rest);
    };
    require(${JSON.stringify(entry)});`;
  return new Worker(script, { ...options, eval: true });
}
