import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { ABORTED_MESSAGE } from './load/import.repository';
import { buildSqlPackage, cli, waitFor } from './testing/cli';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

const ROWS = 20_000;

describe('killing the import process', () => {
  let db: TestDatabase;
  let file: string;
  let profile: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    buildSqlPackage();
    db = await createTestDatabase();
    await seedReference(db.pool);
    const dir = await tempDir();
    profile = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      ...caseRow(i + 1),
      Zaaknummer: `KILL-${i + 1}`,
      BSN: String(100_000_000 + i),
    }));
    file = await writeText(dir, 'groot.csv', toCsv(CASE_HEADERS, rows));
    env = { DATABASE_URL: db.url, LEERLUS_PSEUDONYM_KEY: TEST_KEY, LEERLUS_DATA_DIR: dir };
  });

  afterAll(async () => {
    await db.drop();
  });

  async function expectNothingLoaded(): Promise<void> {
    // The backend of the killed client rolls back; give it a moment to notice the closed socket.
    for (let i = 0; i < 100; i++) {
      const { rows } = await db.pool.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'leerlus-etl' AND datname = current_database()",
      );
      if (rows[0].n === 0) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    const { rows } = await db.pool.query(
      `SELECT (SELECT count(*)::int FROM case_record) AS cases, (SELECT count(*)::int FROM case_theme) AS themes,
              (SELECT count(*)::int FROM rejected_row) AS rejected,
              (SELECT count(*)::int FROM organisation) AS organisations,
              (SELECT array_agg(status ORDER BY id) FROM import) AS statuses,
              (SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory') AS locks`,
    );
    expect(rows[0]).toMatchObject({ cases: 0, themes: 0, rejected: 0, organisations: 3, locks: 0 });
    expect(rows[0].statuses.at(-1)).toBe('running');
  }

  it('should leave the database consistent when killed while reading or merging, and succeed on the next run', async () => {
    const args = ['import', file, '--profile', profile, '--municipality', 'GM0001'];
    const reading = cli(args, env);
    await waitFor(reading, /lezen: [1-9]/);
    reading.child.kill('SIGKILL');
    await reading.exited;
    await expectNothingLoaded();

    const merging = cli(args, env);
    await waitFor(merging, /samenvoegen:/);
    merging.child.kill('SIGKILL');
    await merging.exited;
    await expectNothingLoaded();

    const again = cli(args, env);
    const code = await again.exited;
    expect({ code, output: again.output() }).toMatchObject({
      code: 0,
      output: expect.stringContaining('geslaagd'),
    });
    const { rows } = await db.pool.query('SELECT status, error, rows_inserted FROM import ORDER BY id');
    expect(rows).toEqual([
      { status: 'failed', error: ABORTED_MESSAGE, rows_inserted: 0 },
      { status: 'failed', error: ABORTED_MESSAGE, rows_inserted: 0 },
      { status: 'succeeded', error: null, rows_inserted: ROWS },
    ]);
    const { rows: counts } = await db.pool.query(
      'SELECT count(*)::int AS n, count(DISTINCT subject_key)::int AS subjects FROM case_record',
    );
    expect(counts[0]).toEqual({ n: ROWS, subjects: ROWS });
  }, 180_000);
});
