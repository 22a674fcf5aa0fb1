import { rm } from 'node:fs/promises';
import type { TestRun } from './globalSetup';

export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as TestRun).leerlusTestRun;
  await run?.database.stop();
  if (run?.dataDir) await rm(run.dataDir, { recursive: true, force: true });
}
