import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@leerlus/sql';

const ROOT = resolve(__dirname, '..', '..', '..');

export interface ServerProcess {
  baseUrl: string;
  /** Resolves with the first match of `pattern` in the server's output from now on. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

/**
 * The production server (`node api/dist/main.js`, as `npm start` runs it) in its own process against
 * `databaseUrl`: the benchmark's clients then do not share an event loop with the server, as browsers
 * would not. Builds the TypeScript packages first (incremental), so the measured code is the current one.
 */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: ROOT });
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'leerlus-bench-server-'));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'api/dist/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LEERLUS_DEMO: 'off',
      LEERLUS_DATA_DIR: dataDir,
      LEERLUS_WEB_DIST: join(dataDir, 'no-web'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`server not ready in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Ready in')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    waitForOutput: (pattern, timeoutMs) => {
      const from = output.length;
      return new Promise((found, fail) => {
        const timer = setInterval(() => {
          const match = output.slice(from).match(pattern);
          if (match) {
            clearInterval(timer);
            found(match);
          }
        }, 50);
        setTimeout(() => {
          clearInterval(timer);
          fail(new Error(`no ${String(pattern)} in the server's output within ${timeoutMs} ms`));
        }, timeoutMs).unref();
      });
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
