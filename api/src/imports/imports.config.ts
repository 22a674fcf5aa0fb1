import { join } from 'node:path';
import { resolveDataDir } from '@leerlus/etl';

/** Settings of the import module, from the environment (see docs/imports.md). */
export interface ImportsConfig {
  /** LEERLUS_DATA_DIR (or ./.data): the pseudonymisation key lives here, uploads in `uploads/`. */
  dataDir: string;
  uploadsDir: string;
  /** LEERLUS_UPLOAD_MAX_MB (default 200). */
  maxUploadBytes: number;
  /** How long an upload waits for an import started elsewhere (CLI) before it is refused. */
  lockTimeoutMs: number;
  /** Uploads left behind by a stopped process are removed at start-up once they are this old. */
  staleUploadMs: number;
  /** LEERLUS_IMPORT_MAX_HEAP_MB (default 1024): heap limit of the worker thread an import runs in. */
  importMaxHeapMb: number;
}

export const IMPORTS_CONFIG = Symbol('IMPORTS_CONFIG');

export const DEFAULT_UPLOAD_MAX_MB = 200;
export const DEFAULT_IMPORT_MAX_HEAP_MB = 1024;

export function importsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ImportsConfig {
  const dataDir = resolveDataDir(env.LEERLUS_DATA_DIR);
  const maxMb = Number(env.LEERLUS_UPLOAD_MAX_MB ?? DEFAULT_UPLOAD_MAX_MB);
  const heapMb = Number(env.LEERLUS_IMPORT_MAX_HEAP_MB ?? DEFAULT_IMPORT_MAX_HEAP_MB);
  return {
    dataDir,
    uploadsDir: join(dataDir, 'uploads'),
    maxUploadBytes: Math.round(
      (Number.isFinite(maxMb) && maxMb > 0 ? maxMb : DEFAULT_UPLOAD_MAX_MB) * 1024 * 1024,
    ),
    lockTimeoutMs: 5000,
    staleUploadMs: 24 * 60 * 60 * 1000,
    importMaxHeapMb: Number.isFinite(heapMb) && heapMb >= 32 ? heapMb : DEFAULT_IMPORT_MAX_HEAP_MB,
  };
}
