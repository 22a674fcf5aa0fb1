import { readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { Pool, type PoolClient } from 'pg';

/** Default niceness of an import's work (0 = as important as the dashboard; 19 = least). */
export const DEFAULT_IMPORT_NICE = 10;

/** LEERLUS_IMPORT_NICE, checked: a whole number from 0 to 19. */
export function importNice(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.LEERLUS_IMPORT_NICE?.trim();
  if (raw === undefined || raw === '') return DEFAULT_IMPORT_NICE;
  const nice = Number(raw);
  if (!Number.isInteger(nice) || nice < 0 || nice > 19) {
    throw new Error(`LEERLUS_IMPORT_NICE moet een geheel getal van 0 tot en met 19 zijn, niet "${raw}".`);
  }
  return nice;
}

/**
 * Lowers the CPU priority of the calling thread (on Linux niceness is per thread, and threads started
 * later inherit it): for the CLI's import and the API's import worker, never for a server's main thread.
 */
export function lowerThreadPriority(nice = importNice()): void {
  if (nice === 0) return;
  try {
    setPriority(0, nice);
  } catch {
    // Not allowed or not supported here: the import runs at normal priority.
  }
}

export interface ImportSession {
  client: PoolClient;
  /** Whether the database backend of this session runs at the import's lower priority. */
  backendNiced: boolean;
  /**
   * Another session with the same settings and priority, for work beside the import's own transaction
   * (derived-after-commit.ts); at most SIDE_SESSIONS at once, each released by its caller.
   */
  openSideSession(): Promise<PoolClient>;
  /** Ends the session; `broken` drops it without waiting for the server. */
  close(broken?: Error): Promise<void>;
}

/** How many side sessions an import may hold besides its own. */
const SIDE_SESSIONS = 2;

/**
 * The import's own database session, opened for this import only: `temp_buffers` (memory for the
 * staging temp table instead of temp files) can only be set before a session first touches a temp
 * table, which a pooled session may have done (the derived-data refresh makes temp tables).
 *
 * When PostgreSQL runs on this machine (the embedded database, or one on localhost), the session's
 * backend process gets the import's niceness too: merging, rollups and signals then yield the cores to
 * the dashboard's requests, which are what people wait for. A remote server is left alone.
 */
export async function openImportSession(pool: Pool, nice = importNice()): Promise<ImportSession> {
  const settings = ['temp_buffers=256MB', 'client_connection_check_interval=1s'];
  const inherited = pool.options.options ? `${pool.options.options} ` : '';
  const own = new Pool({
    ...pool.options,
    max: 1 + SIDE_SESSIONS,
    application_name: 'leerlus-etl',
    options: inherited + settings.map((setting) => `-c ${setting}`).join(' '),
  });
  own.on('error', () => undefined);
  const client = await own.connect();
  const backendNiced = nice > 0 && (await niceLocalBackend(client, nice));
  return {
    client,
    backendNiced,
    openSideSession: async () => {
      const side = await own.connect();
      if (backendNiced) await niceLocalBackend(side, nice);
      return side;
    },
    close: async (broken) => {
      client.release(broken ?? true);
      await own.end();
    },
  };
}

async function niceLocalBackend(client: PoolClient, nice: number): Promise<boolean> {
  const { rows } = await client.query<{ pid: number; port: number | null }>(
    'SELECT pg_backend_pid() AS pid, inet_client_port() AS port',
  );
  const backend = rows[0];
  if (!backend) return false;
  // Only a process on this machine that is this very session's backend: its title names the client's
  // port as the server saw it ("postgres: user db 127.0.0.1(41234) idle"), or "[local]" over a Unix
  // socket. A server elsewhere, or in a container, has no such process here.
  const title = await readFile(`/proc/${backend.pid}/cmdline`, 'utf8').catch(() => '');
  const peer = backend.port === null ? '[local]' : `(${backend.port})`;
  if (!title.startsWith('postgres:') || !title.includes(peer)) return false;
  try {
    setPriority(backend.pid, nice);
    return true;
  } catch {
    return false;
  }
}
