import { rm } from 'node:fs/promises';
import type { TestRun } from './globalSetup';
import { stopDemoInstances } from './demoInstances';

/** Stops the run's shared demo instance and PostgreSQL, then removes the run directory (see globalSetup). */
export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as TestRun).leerlusTestRun;
  if (!run) return;
  try {
    await stopDemoInstances(run.runDir);
    await run.database.stop();
  } finally {
    await rm(run.runDir, { recursive: true, force: true });
  }
}
