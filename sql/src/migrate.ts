import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientBase, Pool } from 'pg';

export const MIGRATIONS_DIR = join(__dirname, '..', 'migrations');
export const VIEWS_DIR = join(__dirname, '..', 'views');

// Any constant works; it only has to be the same for every process that migrates this database.
const MIGRATION_LOCK_KEY = 7_394_201;
const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export interface SqlFile {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  viewsRefreshed: string[];
}

export class MigrationChecksumError extends Error {
  constructor(
    readonly version: string,
    readonly migrationName: string,
  ) {
    super(
      `Migration ${version}_${migrationName}.sql was changed after it was applied. ` +
        'Applied migrations are immutable: restore the file and add a new migration instead.',
    );
  }
}

function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<SqlFile[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => {
      const match = MIGRATION_FILE.exec(file);
      if (!match?.[1] || !match[2]) {
        throw new Error(`Migration file name ${file} does not match NNNN_name.sql`);
      }
      const sql = await readFile(join(dir, file), 'utf8');
      return { version: match[1], name: match[2], sql, checksum: checksum(sql) };
    }),
  );
}

async function readViews(dir = VIEWS_DIR): Promise<SqlFile[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(join(dir, file), 'utf8');
      return { version: file, name: file.replace(/\.sql$/, ''), sql, checksum: checksum(sql) };
    }),
  );
}

async function inTransaction(client: ClientBase, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function ensureBookkeeping(client: ClientBase): Promise<void> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE IF NOT EXISTS schema_views (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    );`);
}

/**
 * Applies pending migrations in order, each in its own transaction, then (re)creates the views
 * from the first one whose definition changed. Refuses to run when an applied migration was edited.
 */
export async function migrate(
  pool: Pool,
  dirs: { migrations?: string; views?: string } = {},
): Promise<MigrationResult> {
  const migrations = await readMigrations(dirs.migrations);
  const views = await readViews(dirs.views);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await ensureBookkeeping(client);
    const { rows } = await client.query<{ version: string; checksum: string }>(
      'SELECT version, checksum FROM schema_migrations',
    );
    const applied = new Map(rows.map((row) => [row.version, row.checksum]));
    for (const migration of migrations) {
      const known = applied.get(migration.version);
      if (known !== undefined && known !== migration.checksum) {
        throw new MigrationChecksumError(migration.version, migration.name);
      }
    }
    const result: MigrationResult = { applied: [], viewsRefreshed: [] };
    for (const migration of migrations.filter((m) => !applied.has(m.version))) {
      await inTransaction(client, async () => {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          migration.checksum,
        ]);
      });
      result.applied.push(`${migration.version}_${migration.name}`);
    }
    const { rows: viewRows } = await client.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM schema_views',
    );
    const viewChecksums = new Map(viewRows.map((row) => [row.name, row.checksum]));
    // A view file may drop dependants (CASCADE), so once one view changed all later ones are rebuilt.
    const firstChanged = views.findIndex((v) => viewChecksums.get(v.name) !== v.checksum);
    for (const view of firstChanged === -1 ? [] : views.slice(firstChanged)) {
      await inTransaction(client, async () => {
        await client.query(view.sql);
        await client.query(
          `INSERT INTO schema_views (name, checksum) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
          [view.name, view.checksum],
        );
      });
      result.viewsRefreshed.push(view.name);
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
