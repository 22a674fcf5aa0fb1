import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { ABORTED_MESSAGE } from './load/import.repository';
import { buildSqlPackage, cli, waitFor } from './testing/cli';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  holdDerivedWrites,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from './testing/fixtures';
import { rollupCells } from './testing/stored';
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

  it('should catch up the rollups and signals of an initial load killed after its facts were committed', async () => {
    const fresh = await createTestDatabase();
    try {
      await seedReference(fresh.pool);
      const release = await holdDerivedWrites(fresh.pool, 30);
      const freshEnv = { ...env, DATABASE_URL: fresh.url };
      const args = ['import', file, '--profile', profile, '--municipality', 'GM0001'];
      const loading = cli(args, freshEnv);
      const committed = async (): Promise<boolean> => {
        const { rows } = await fresh.pool.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'leerlus-etl' AND query LIKE '%rollup_record_delta%' AND state = 'active' AND datname = current_database()",
        );
        return rows[0].n > 0;
      };
      for (let i = 0; i < 600 && !(await committed()); i++) {
        await new Promise((done) => setTimeout(done, 100));
      }
      expect(await committed()).toBe(true);
      loading.child.kill('SIGKILL');
      await loading.exited;
      // The facts are committed, their rollups and signals queued, not written.
      const { rows: left } = await fresh.pool.query(
        `SELECT (SELECT count(*)::int FROM case_record) AS cases,
                (SELECT array_agg(part ORDER BY part) FROM derived_data_backlog) AS parts`,
      );
      expect(left[0]).toEqual({ cases: ROWS, parts: ['outcome_rollups', 'record_rollups', 'signals'] });
      await release();

      const extra = await writeText(
        await tempDir(),
        'klein.csv',
        toCsv(CASE_HEADERS, [{ ...caseRow(1), Zaaknummer: 'KILL-EXTRA', BSN: '123456782' }]),
      );
      const next = cli(['import', extra, '--profile', profile, '--municipality', 'GM0001'], freshEnv);
      expect({ code: await next.exited, output: next.output() }).toMatchObject({
        code: 0,
        output: expect.stringContaining('alsnog bijgewerkt'),
      });
      const { rows } = await fresh.pool.query('SELECT count(*)::int AS n FROM derived_data_backlog');
      expect(rows).toEqual([{ n: 0 }]);
      const caughtUp = await rollupCells(fresh.pool);
      expect(caughtUp.length).toBeGreaterThan(0);
      await fresh.pool.query('SELECT * FROM refresh_rollups()');
      expect(await rollupCells(fresh.pool)).toEqual(caughtUp);
    } finally {
      await fresh.drop();
    }
  }, 180_000);
});
