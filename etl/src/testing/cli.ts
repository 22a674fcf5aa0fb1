/** The real ETL CLI in a child process, for the specs (excluded from the build). */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..');

export interface CliRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** The CLI imports @leerlus/sql, which resolves to its build output: bring that up to date. */
export function buildSqlPackage(): void {
  execFileSync(process.execPath, [
    join(ROOT, 'node_modules/typescript/bin/tsc'),
    '-b',
    join(ROOT, 'sql/tsconfig.build.json'),
  ]);
}

export function cli(args: string[], env: Record<string, string | undefined>): CliRun {
  return spawnNode(join(ROOT, 'etl/src/cli.ts'), args, env);
}

/** A TypeScript script in a child Node process (through tsx), collecting what it prints. */
export function spawnNode(
  script: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): CliRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exited };
}

/** Runs the CLI to its end: exit code and everything it printed. */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  const run = cli(args, env);
  const code = await run.exited;
  return { code, output: run.output() };
}

export async function waitFor(run: CliRun, pattern: RegExp, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!pattern.test(run.output())) {
    if (run.child.exitCode !== null) throw new Error(`process exited before ${pattern}:\n${run.output()}`);
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out waiting for ${pattern}:\n${run.output()}`);
    }
    await new Promise((done) => setTimeout(done, 20));
  }
}
