import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// Relative, not @leerlus/sql: globalSetup loads this file without jest's module mapping.
import { stopOrphanedCluster } from '../../sql/src/database';
import { stopDemoInstances } from './demoInstances';

/** The run directories' names in the system temp dir (`<prefix>XXXXXX`). */
export const RUN_DIR_PREFIX = 'leerlus-test-run-';
const OWNER_FILE = 'owner';
/** Where globalSetup keeps the run's embedded PostgreSQL (its `postgres` folder is the cluster). */
export const DATABASE_DIR = 'database';

/** Marks `runDir` as this jest process's, for sweepInterruptedRuns of a later run. */
export function claimRunDir(runDir: string): Promise<void> {
  return writeFile(join(runDir, OWNER_FILE), String(process.pid));
}

/**
 * A jest run that was interrupted (Ctrl-C, a killed CI job) skips its globalTeardown and leaves its
 * run directory behind, with the temporary directories of its tests and perhaps a demo instance and
 * its PostgreSQL still running (after a hard kill).
 * Removes those of runs whose jest process is gone; runs still going (other checkouts on this
 * machine) and directories without an owner are left alone.
 */
export async function sweepInterruptedRuns(systemTemp: string): Promise<void> {
  const names = await readdir(systemTemp).catch(() => []);
  for (const name of names.filter((entry) => entry.startsWith(RUN_DIR_PREFIX))) {
    const runDir = join(systemTemp, name);
    const owner = Number(await readFile(join(runDir, OWNER_FILE), 'utf8').catch(() => '0'));
    if (owner <= 0 || isAlive(owner)) continue;
    await stopDemoInstances(runDir);
    await stopOrphanedCluster(join(runDir, DATABASE_DIR, 'postgres'), (message) => console.warn(message));
    await rm(runDir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
