import { appendFile, cp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Pool } from 'pg';
import { migrate, MigrationChecksumError, MIGRATIONS_DIR, readMigrations, VIEWS_DIR } from './migrate';
import { createTestDatabase, TestDatabase } from './testing';
import { useTempDirs } from './tempDirs';

const tempDir = useTempDirs();

describe('migrate', () => {
  let database: TestDatabase;
  let empty: Pool;

  beforeEach(async () => {
    database = await createTestDatabase();
    // Start from a truly empty database, not the migrated template.
    await database.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    empty = database.pool;
  });

  afterEach(async () => {
    await database.drop();
  });

  it('should apply every migration in order on an empty database and record checksums', async () => {
    const result = await migrate(empty);
    const files = await readMigrations();
    expect(result.applied).toEqual(files.map((file) => `${file.version}_${file.name}`));
    const { rows } = await empty.query('SELECT version, checksum FROM schema_migrations ORDER BY 1');
    expect(rows).toEqual(files.map((file) => ({ version: file.version, checksum: file.checksum })));
    const { rows: tables } = await empty.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'case_record'",
    );
    expect(tables[0].n).toBe(1);
  });

  it('should do nothing the second time', async () => {
    await migrate(empty);
    const again = await migrate(empty);
    expect(again).toEqual({ applied: [], viewsRefreshed: [] });
  });

  it('should refuse to run when an applied migration was edited', async () => {
    const dir = await tempDir('leerlus-migrations-');
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(empty, { migrations: dir });
    await appendFile(join(dir, '0001_reference_data.sql'), '\n-- edited afterwards\n');
    await expect(migrate(empty, { migrations: dir })).rejects.toBeInstanceOf(MigrationChecksumError);
  });

  it('should roll back a failing migration completely and not record it', async () => {
    const dir = await tempDir('leerlus-migrations-');
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await writeFile(join(dir, '9999_broken.sql'), 'CREATE TABLE half_done (id int); SELECT 1/0;');
    await expect(migrate(empty, { migrations: dir })).rejects.toThrow(/division by zero/);
    const { rows } = await empty.query(
      "SELECT to_regclass('half_done') AS t, (SELECT count(*)::int FROM schema_migrations WHERE version = '9999') AS n",
    );
    expect(rows[0]).toEqual({ t: null, n: 0 });
  });

  it('should rebuild the changed view and every view after it, in file order', async () => {
    const dir = await tempDir('leerlus-views-');
    await cp(VIEWS_DIR, dir, { recursive: true });
    await writeFile(join(dir, '0001_first.sql'), 'CREATE OR REPLACE VIEW first_view AS SELECT 1 AS one;');
    await writeFile(join(dir, '9999_last.sql'), 'CREATE OR REPLACE VIEW last_view AS SELECT 1 AS one;');
    const all = (await readdir(dir)).sort().map((file) => file.replace(/\.sql$/, ''));
    await migrate(empty, { views: dir });

    await appendFile(join(dir, '9999_last.sql'), '\n-- changed\n');
    expect((await migrate(empty, { views: dir })).viewsRefreshed).toEqual(['9999_last']);

    await appendFile(join(dir, '0001_first.sql'), '\n-- changed\n');
    expect((await migrate(empty, { views: dir })).viewsRefreshed).toEqual(all);
  });
});
