import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { oncePerRun } from './oncePerRun';

export const ROOT = join(__dirname, '..', '..');

export interface RunningLeerlus {
  process: ChildProcess;
  output: () => string;
  baseUrl: string;
  /** Seconds from spawn to "Ready". */
  readySeconds: number;
  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * `npm run build` once per jest run, before the first instance starts: test files in parallel
 * workers would otherwise run `tsc -b` and `vite build` over the same files at the same time. Each
 * `npm start` still runs its own build step, which then finds everything up to date.
 */
export function buildOnce(): Promise<string> {
  return oncePerRun(
    'build',
    () =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--quiet'], {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let errors = '';
        child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
        child.on('exit', (code) =>
          code === 0 ? resolve('built') : reject(new Error(`npm run build failed (${code}):\n${errors}`)),
        );
      }),
    600_000,
  );
}

export interface RunStartOptions {
  /**
   * Write the output to this file instead of keeping it in memory: the instance then does not
   * depend on this process's pipes and may outlive the test worker that started it.
   */
  logFile?: string;
  /** Called right after the spawn, before the instance is ready (e.g. to record the pid). */
  onSpawn?: (pid: number) => void;
}

/** Runs `npm start`'s script as a user would, on its own port and data directory. */
export async function runStart(
  env: Record<string, string>,
  timeoutMs = 300_000,
  { logFile, onSpawn }: RunStartOptions = {},
): Promise<RunningLeerlus> {
  await buildOnce();
  const startedAt = Date.now();
  const logFd = logFile === undefined ? undefined : openSync(logFile, 'a');
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', ...env },
    stdio: ['ignore', logFd ?? 'pipe', logFd ?? 'pipe'],
  });
  if (child.pid !== undefined) onSpawn?.(child.pid);
  if (logFd !== undefined) {
    closeSync(logFd);
    child.unref();
  }
  let piped = '';
  child.stdout?.on('data', (chunk: Buffer) => (piped += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (piped += chunk.toString()));
  const output = (): string => (logFile === undefined ? piped : readFileSync(logFile, 'utf8'));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      clearInterval(check);
      child.kill('SIGINT');
      reject(new Error(`not ready in ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    const check = setInterval(() => {
      if (/Ready in/.test(output())) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready:\n${output()}`));
    });
  });
  return {
    process: child,
    output,
    baseUrl: `http://127.0.0.1:${env.PORT}`,
    readySeconds: (Date.now() - startedAt) / 1000,
    stop: () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}
