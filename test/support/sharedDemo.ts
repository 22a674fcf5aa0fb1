import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Relative, not @leerlus/sql: globalTeardown loads this file without jest's module mapping.
import { freePort } from '../../sql/src/database';
import { oncePerRun, runDir } from './oncePerRun';
import { runStart } from './runStart';

/** The demo users' password in the browser specs (LEERLUS_DEMO_PASSWORD of the instances they start). */
export const DEMO_PASSWORD = 'demo-wachtwoord';

/** Seconds a spec waits for a demo instance: start-up, demo data and theme model, on a busy machine. */
export const DEMO_START_TIMEOUT_MS = 300_000;

const STEP = 'shared-demo';

/** A fresh temporary data directory (directly in the temp dir: PostgreSQL's own user must reach it). */
export function demoDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'leerlus-web-e2e-'));
}

/**
 * The base URL of this jest run's shared demo instance: LEERLUS_WEB_E2E_URL when set, otherwise one
 * `npm start` with the demo data, started by the first spec that asks (in whichever worker) and
 * stopped by globalTeardown (stopSharedDemo). Throws with the instance's output when it cannot start
 * or no longer answers.
 */
export async function sharedDemoUrl(): Promise<string> {
  const running = process.env.LEERLUS_WEB_E2E_URL;
  if (running) return running;
  const run = runDir();
  if (!run) {
    throw new Error(
      'The shared demo instance needs the root jest config (its globalSetup makes the run directory): ' +
        'run `npx jest --selectProjects test --testPathPatterns <spec>` from the repository root.',
    );
  }
  let url: string;
  try {
    url = await oncePerRun(STEP, startSharedDemo, DEMO_START_TIMEOUT_MS + 30_000);
  } catch (error) {
    throw new Error(
      `The shared demo instance did not start.\n${messageOf(error)}\n${await outputTail(run, 'Its output')}`,
      { cause: error },
    );
  }
  try {
    const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(20_000) });
    if (!health.ok) throw new Error(`GET /health answered ${health.status}`);
  } catch (error) {
    throw new Error(
      `The shared demo instance at ${url} does not answer (${messageOf(error)}); did an earlier spec stop ` +
        `or overload it?\n${await outputTail(run, 'Its output')}`,
      { cause: error },
    );
  }
  return url;
}

async function startSharedDemo(stepDir: string): Promise<string> {
  const dataDir = await demoDataDir();
  await writeFile(join(stepDir, 'data-dir'), dataDir);
  const app = await runStart(
    {
      PORT: String(await freePort()),
      LEERLUS_DATA_DIR: dataDir,
      LEERLUS_DEMO_PASSWORD: DEMO_PASSWORD,
      // Specs in parallel workers log in as the same demo users; the per-user request budget is
      // meant for one person, not for several browsers at once (the API specs test the limit).
      LEERLUS_RATE_LIMIT_PER_MINUTE: '6000',
    },
    DEMO_START_TIMEOUT_MS,
    {
      logFile: join(stepDir, 'output.log'),
      onSpawn: (pid) => writeFileSync(join(stepDir, 'pid'), String(pid)),
    },
  );
  return app.baseUrl;
}

/** For globalTeardown: stops the shared instance (Ctrl-C, then a hard kill after 60 s) and removes its data. */
export async function stopSharedDemo(run: string): Promise<void> {
  const stepDir = join(run, STEP);
  const pid = Number(await readFile(join(stepDir, 'pid'), 'utf8').catch(() => '0'));
  if (pid > 0 && signal(pid, 'SIGINT')) {
    const deadline = Date.now() + 60_000;
    while (signal(pid, 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    if (signal(pid, 'SIGKILL')) {
      console.warn(`The shared demo instance (pid ${pid}) ignored Ctrl-C; killed it.`);
    }
  }
  const dataDir = await readFile(join(stepDir, 'data-dir'), 'utf8').catch(() => undefined);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

/** process.kill without the throw: false when the process is gone. */
function signal(pid: number, name: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

async function outputTail(run: string, title: string): Promise<string> {
  const output = await readFile(join(run, STEP, 'output.log'), 'utf8').catch(() => '(none)');
  return `${title} (last 40 lines):\n${output.split('\n').slice(-40).join('\n')}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
