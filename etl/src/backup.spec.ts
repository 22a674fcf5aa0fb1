import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Pool } from 'pg';
import { createTestDatabase } from '@leerlus/sql/testing';
import { importFile } from './import-file';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from './testing/fixtures';
import { majorVersion, serverBinaries, startScratchCluster } from './testing/scratchCluster';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

/** The indicator values a restore must give back: rollups the dashboard reads, and the pseudonyms. */
const INDICATORS = `
  SELECT (SELECT json_agg(m ORDER BY m::text) FROM case_month_theme m) AS monthly,
         (SELECT json_agg(h ORDER BY h::text) FROM handling_time_monthly h) AS handling,
         (SELECT json_agg(s ORDER BY s) FROM (SELECT subject_key AS s FROM case_record) k) AS subjects`;

interface Databases {
  source: { url: string; pool: Pool };
  target: { url: string; pool: Pool };
  /** The directory of pg_dump and pg_restore, or '' to take them from PATH. */
  bindir: string;
  close(): Promise<void>;
}

/**
 * pg_dump must be at least as new as the server. Where the test server (embedded PostgreSQL) is newer
 * than this machine's pg_dump, the test runs on a throwaway cluster of pg_dump's own version instead
 * (Debian ships the server beside the client); null when neither fits.
 */
async function databasesForPgDump(): Promise<Databases | null> {
  const pgDump = process.env.LEERLUS_PG_DUMP ?? 'pg_dump';
  const dumpMajor = majorVersion(pgDump);
  if (dumpMajor === null) return null;
  const source = await createTestDatabase();
  const { rows } = await source.pool.query<{ v: string }>('SHOW server_version_num');
  if (dumpMajor >= Math.floor(Number(rows[0]?.v) / 10_000)) {
    const target = await createTestDatabase();
    return {
      source,
      target,
      bindir: process.env.LEERLUS_PG_DUMP ? dirname(pgDump) : '',
      close: async () => {
        await source.drop();
        await target.drop();
      },
    };
  }
  await source.drop();
  const bindir = serverBinaries(dumpMajor);
  if (!bindir || !existsSync(join(bindir, 'pg_dump'))) return null;
  const cluster = await startScratchCluster(bindir);
  return {
    source: await cluster.database('leerlus_source'),
    target: await cluster.database('leerlus_target'),
    bindir,
    close: () => cluster.stop(),
  };
}

describe('backup and restore (pg_dump/pg_restore plus the pseudonym key)', () => {
  let databases: Databases | null;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    databases = await databasesForPgDump();
  }, 120_000);

  afterAll(async () => {
    await databases?.close();
  });

  it('should restore a dump with the same indicator values, and link a re-import with the same key', async () => {
    if (!databases) {
      // Documented in docs/reliability.md: no pg_dump as new as the server, and no server of its version.
      console.warn(
        'backup.spec: no pg_dump that fits a server here (LEERLUS_PG_DUMP, LEERLUS_PG_BINDIR); not run',
      );
      return;
    }
    const { source, target, bindir } = databases;
    const tool = (name: string): string => (bindir ? join(bindir, name) : name);
    await seedReference(source.pool);
    const dir = await tempDir('leerlus-backup-');
    const profile = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
    const rows = Array.from({ length: 40 }, (_, i) => caseRow(i + 1, { BSN: String(100_000_000 + (i % 7)) }));
    const file = await writeText(dir, 'klachten.csv', toCsv(CASE_HEADERS, rows));
    expect((await importFile(source.pool, { file, profile, dataDir: dir })).status).toBe('succeeded');
    const before = (await source.pool.query(INDICATORS)).rows[0];

    const dump = join(dir, 'leerlus.dump');
    execFileSync(tool('pg_dump'), ['--format=custom', '--no-owner', `--file=${dump}`, source.url]);
    // The target is a fresh migrated database: restore into an emptied schema, as on a new server.
    await target.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    execFileSync(tool('pg_restore'), ['--no-owner', `--dbname=${target.url}`, dump]);

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
