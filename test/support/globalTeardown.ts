import { rm } from 'node:fs/promises';
import type { TestRun } from './globalSetup';
import { stopDemoInstances } from './demoInstances';

export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as TestRun).leerlusTestRun;
  if (run) {
    await stopDemoInstances(run.runDir);
    await rm(run.runDir, { recursive: true, force: true });
  }
  await run?.database.stop();
  if (run?.dataDir) await rm(run.dataDir, { recursive: true, force: true });
}
