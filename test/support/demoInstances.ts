import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
// Relative, not @leerlus/sql: globalTeardown loads this file without jest's module mapping.
import { freePort } from '../../sql/src/database';
import { oncePerRun, runDir } from './oncePerRun';
import { runStart } from './runStart';

/** The demo users' password in the browser specs (LEERLUS_DEMO_PASSWORD of the instances they start). */
export const DEMO_PASSWORD = 'demo-wachtwoord';

/** How long a spec waits for a demo instance: start-up, demo data and theme model, on a busy machine. */
export const DEMO_START_TIMEOUT_MS = 300_000;

/** The once-per-run steps (oncePerRun) that leave a process or a data directory behind. */
const DEMO_DATA = 'demo-data';
const SHARED = 'shared-demo';

/**
 * A fresh data directory for a demo instance: in the jest run's directory, so that globalTeardown
 * removes it also when the spec failed before it could (globalSetup lets PostgreSQL's user reach it).
 */
export function demoDataDir(): Promise<string> {
  return mkdtemp(join(runDir() ?? tmpdir(), 'leerlus-web-e2e-'));
}

/**
 * A data directory for a demo instance with the demo data already loaded: a copy of one that the
 * first demo instance of the run loaded (an `npm start` on an empty directory, stopped again), so
 * each further instance starts in seconds instead of generating, importing and training again. The
 * first start of an empty directory is start.spec.ts's subject. Outside a jest run: an empty one.
 */
export async function seededDemoDataDir(): Promise<string> {
  const copy = await demoDataDir();
  if (!runDir()) return copy;
  const seeded = await oncePerRun(
    DEMO_DATA,
    async (stepDir) => {
      const dataDir = await demoDataDir();
      await writeFile(join(stepDir, 'data-dir'), dataDir);
      const app = await runStart(
        { PORT: String(await freePort()), LEERLUS_DATA_DIR: dataDir, LEERLUS_DEMO_PASSWORD: DEMO_PASSWORD },
        DEMO_START_TIMEOUT_MS,
        { onSpawn: (pid) => writeFileSync(join(stepDir, 'pid'), String(pid)) },
      );
      const code = await app.stop();
      await rm(join(stepDir, 'pid'));
      if (code !== 0) throw new Error(`npm start with the demo data exited with ${code}:\n${app.output()}`);
      return dataDir;
    },
    DEMO_START_TIMEOUT_MS + 60_000,
  );
  // cp -a keeps the owner: the cluster's files belong to PostgreSQL's own user when run as root.
  await promisify(execFile)('cp', ['-a', `${seeded}/.`, copy]);
  return copy;
}

/**
 * The base URL of this jest run's shared demo instance: LEERLUS_WEB_E2E_URL when set, otherwise one
 * `npm start` on the demo data, started by the first spec that asks (in whichever worker) and stopped
 * by globalTeardown (stopDemoInstances). Throws with the instance's output when it cannot start or
 * no longer answers.
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
  const url = await oncePerRun(SHARED, startShared, 2 * DEMO_START_TIMEOUT_MS + 60_000).catch(
    (error: unknown) => {
      // jest prints the cause, with the instance's output, under this message.
      throw new Error('The shared demo instance did not start; why is in the cause below.', { cause: error });
    },
  );
  try {
    const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(20_000) });
    if (!health.ok) throw new Error(`GET /health answered ${health.status}`);
  } catch (error) {
    const output = await readFile(join(run, SHARED, 'output.log'), 'utf8').catch(() => '(none)');
    throw new Error(
      `The shared demo instance at ${url} does not answer (${messageOf(error)}); did an earlier spec stop ` +
        `or overload it? The last lines of its output:\n${output.split('\n').slice(-40).join('\n')}`,
      { cause: error },
    );
  }
  return url;
}

async function startShared(stepDir: string): Promise<string> {
  const dataDir = await seededDemoDataDir();
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
      // In a file, not a pipe: the instance outlives the test file (and worker) that started it.
      logFile: join(stepDir, 'output.log'),
      onSpawn: (pid) => writeFileSync(join(stepDir, 'pid'), String(pid)),
    },
  );
  return app.baseUrl;
}

/**
 * For globalTeardown: stops the shared instance and a demo-data load still under way (Ctrl-C, then a
 * hard kill after 60 s) and removes their data directories.
 */
export async function stopDemoInstances(run: string): Promise<void> {
  for (const step of [SHARED, DEMO_DATA]) {
    const stepDir = join(run, step);
    const pid = Number(await readFile(join(stepDir, 'pid'), 'utf8').catch(() => '0'));
    if (pid > 0 && (await isLeerlus(pid))) await stop(pid, step);
    const dataDir = await readFile(join(stepDir, 'data-dir'), 'utf8').catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

async function stop(pid: number, step: string): Promise<void> {
  signal(pid, 'SIGINT');
  const deadline = Date.now() + 60_000;
  while (signal(pid, 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (signal(pid, 'SIGKILL')) console.warn(`Leerlus (pid ${pid}, ${step}) ignored Ctrl-C; killed it.`);
}

/** Whether `pid` still is an `npm start` (not a process that got the number since). */
async function isLeerlus(pid: number): Promise<boolean> {
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  return command === undefined ? signal(pid, 0) : command.includes('scripts/start.mjs');
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
