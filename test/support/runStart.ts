import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

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

/** Runs `npm start`'s script as a user would, on its own port and data directory. */
export async function runStart(env: Record<string, string>, timeoutMs = 300_000): Promise<RunningLeerlus> {
  const startedAt = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = setInterval(() => {
      if (/Ready in/.test(output)) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready:\n${output}`));
    });
  });
  return {
    process: child,
    output: () => output,
    baseUrl: `http://127.0.0.1:${env.PORT}`,
    readySeconds: (Date.now() - startedAt) / 1000,
    stop: () => {
      child.kill('SIGINT');
      return exited;
    },
  };
}
