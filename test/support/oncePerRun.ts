import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Relative, not @leerlus/sql: globalSetup loads this file without jest's module mapping.
import { RUN_DIR_ENV } from '../../sql/src/testing';

/** This jest run's directory, or undefined outside a run of the root jest config. */
export function runDir(): string | undefined {
  return process.env[RUN_DIR_ENV];
}

/**
 * Does `work` once per jest run, whichever worker asks first; the others wait for its result (a
 * string) or its error; outside a run (no RUN_DIR_ENV) it simply does the work. The first caller
 * takes the step by creating `<run dir>/<step>` (mkdir is atomic); `work` may keep files there.
 */
export async function oncePerRun(
  step: string,
  work: (stepDir: string) => Promise<string>,
  timeoutMs: number,
) {
  const run = runDir();
  if (!run) return work(await mkdtemp(join(tmpdir(), `leerlus-${step}-`)));
  const stepDir = join(run, step);
  const taken = await mkdir(stepDir).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  const resultFile = join(stepDir, 'result');
  const errorFile = join(stepDir, 'error');
  if (taken) {
    try {
      const result = await work(stepDir);
      await writeFile(resultFile, result);
      return result;
    } catch (error) {
      await writeFile(errorFile, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await readFile(resultFile, 'utf8').catch(() => undefined);
    if (result !== undefined) return result;
    const failed = await readFile(errorFile, 'utf8').catch(() => undefined);
    if (failed !== undefined) throw new Error(`${step} failed in another test file of this run:\n${failed}`);
    if (Date.now() > deadline) {
      throw new Error(`${step} (done by another test file of this run) did not finish in ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
