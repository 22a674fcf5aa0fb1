import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile } from './import-file';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  seedReference,
  tempDir,
  TEST_KEY,
  toCsv,
  writeText,
} from './testing/fixtures';

/** The indicator values a restore must give back: rollups the dashboard reads, and the pseudonyms. */
const INDICATORS = `
  SELECT (SELECT json_agg(m ORDER BY m::text) FROM case_record_monthly m) AS monthly,
         (SELECT json_agg(h ORDER BY h::text) FROM handling_time_monthly h) AS handling,
         (SELECT json_agg(s ORDER BY s) FROM (SELECT subject_key AS s FROM case_record) k) AS subjects`;

/** pg_dump must be at least as new as the server; null when this machine has none that fits. */
function usablePgDump(pool: Pool): Promise<string | null> {
  const binary = process.env.LEERLUS_PG_DUMP ?? 'pg_dump';
  return pool.query<{ v: string }>('SHOW server_version_num').then(({ rows }) => {
    try {
      const version = execFileSync(binary, ['--version'], { encoding: 'utf8' });
      const major = Number(/(\d+)\.\d+/.exec(version)?.[1]);
      return major >= Math.floor(Number(rows[0]?.v) / 10_000) ? binary : null;
    } catch {
      return null;
    }
  });
}

describe('backup and restore (pg_dump/pg_restore plus the pseudonym key)', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let pgDump: string | null;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    source = await createTestDatabase();
    target = await createTestDatabase();
    pgDump = await usablePgDump(source.pool);
  });

  afterAll(async () => {
    await source.drop();
    await target.drop();
  });

  it('should restore a dump with the same indicator values, and link a re-import with the same key', async () => {
    if (!pgDump) {
      // Documented in docs/reliability.md: this machine's pg_dump is older than the server.
      console.warn('backup.spec: no pg_dump as new as the server (set LEERLUS_PG_DUMP); not run');
      return;
    }
    await seedReference(source.pool);
    const dir = await tempDir('leerlus-backup-');
    const profile = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
    const rows = Array.from({ length: 40 }, (_, i) => caseRow(i + 1, { BSN: String(100_000_000 + (i % 7)) }));
    const file = await writeText(dir, 'klachten.csv', toCsv(CASE_HEADERS, rows));
    expect((await importFile(source.pool, { file, profile, dataDir: dir })).status).toBe('succeeded');
    const before = (await source.pool.query(INDICATORS)).rows[0];

    const dump = join(dir, 'leerlus.dump');
    execFileSync(pgDump, ['--format=custom', '--no-owner', `--file=${dump}`, source.url]);
    // The target is a fresh migrated database: restore into an emptied schema, as on a new server.
    await target.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    execFileSync(pgDump.replace(/pg_dump$/, 'pg_restore'), ['--no-owner', `--dbname=${target.url}`, dump]);

    expect((await target.pool.query(INDICATORS)).rows[0]).toEqual(before);
    // With the same pseudonym key a later export links to the restored citizens (same subject keys).
    const later = await writeText(
      dir,
      'later.csv',
      toCsv(CASE_HEADERS, [caseRow(1, { Zaaknummer: 'LATER-1', BSN: '100000000' })]),
    );
    expect((await importFile(target.pool, { file: later, profile, dataDir: dir })).status).toBe('succeeded');
    const { rows: linked } = await target.pool.query<{ same: boolean }>(
      `SELECT (SELECT subject_key FROM case_record WHERE external_id = 'LATER-1')
            = (SELECT subject_key FROM case_record WHERE external_id = 'KL-00001') AS same`,
    );
    expect(linked[0]?.same).toBe(true);
  }, 120_000);
});
