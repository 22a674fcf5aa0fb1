import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { useTempDirs } from '@leerlus/sql/tempDirs';
import type { PoolClient } from 'pg';
import { importFile, type ImportSummary } from '../import-file';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  holdDerivedWrites,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from '../testing/fixtures';
import { datedRows, rollupCells } from '../testing/stored';
import { AFTER_COMMIT_PHASE } from './derived-after-commit';

const tempDir = useTempDirs('leerlus-etl-');

/** What a reader with a short lock timeout gets: the rows, or the SQLSTATE of the error. */
async function read(client: PoolClient, sql: string): Promise<unknown[] | string> {
  try {
    return (await client.query(sql)).rows;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/**
 * An initial load writes its rollups and signals after its facts' commit, on two side sessions
 * (derived-after-commit.ts): the same cells as a recompute, readers of those tables waiting for them, and
 * what a side session could not write left queued in derived_data_backlog for the next import.
 */
describe('derived data after the commit of an initial load', () => {
  let db: TestDatabase;
  let dir: string;
  let profile: string;
  let fileNumber = 0;

  beforeEach(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    await seedReference(db.pool);
    dir = await tempDir();
    profile = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
  });

  afterEach(async () => {
    await db.drop();
  });

  async function importRows(from: number, count: number): Promise<ImportSummary> {
    fileNumber++;
    const file = await writeText(
      dir,
      `klachten-${fileNumber}.csv`,
      toCsv(CASE_HEADERS, datedRows(from, count)),
    );
    return importFile(db.pool, { file, profile, dataDir: dir, force: true });
  }

  /** The rollups as stored, after checking that a recompute from the facts gives the same cells. */
  async function rollupsMatchTheFacts(): Promise<void> {
    const stored = await rollupCells(db.pool);
    expect(stored.length).toBeGreaterThan(50);
    await db.pool.query('SELECT * FROM refresh_rollups()');
    expect(stored).toEqual(await rollupCells(db.pool));
  }

  async function signals(): Promise<unknown[]> {
    const { rows } = await db.pool.query(
      'SELECT rule_code, scope_key, period_start::text, score, active FROM signal ORDER BY 1, 2, 3',
    );
    return rows;
  }

  const backlog = async (): Promise<unknown[]> =>
    (await db.pool.query('SELECT municipality_code, part FROM derived_data_backlog ORDER BY part')).rows;

  /** Nothing left queued, and the rollups and signals as a recompute from the facts gives them. */
  async function derivedDataMatchTheFacts(): Promise<void> {
    expect(await backlog()).toEqual([]);
    const written = await signals();
    await rollupsMatchTheFacts();
    await db.pool.query(`SELECT * FROM refresh_signals('GM0001')`);
    expect(await signals()).toEqual(written);
  }

  it('should keep readers of the rollups waiting until the side sessions committed', async () => {
    // Both rollup sessions stay open for a while after the facts' commit.
    await holdDerivedWrites(db.pool, 1.5);
    const reader = await db.pool.connect();
    try {
      await reader.query("SET lock_timeout = '50ms'");
      const loading = importRows(1, 40);
      // case_record is empty until the initial load locks it, and locked until the facts' commit.
      let facts = await read(reader, 'SELECT count(*)::int AS n FROM case_record');
      while (facts === '55P03' || JSON.stringify(facts) === '[{"n":0}]') {
        await new Promise((resolve) => setTimeout(resolve, 20));
        facts = await read(reader, 'SELECT count(*)::int AS n FROM case_record');
      }
      expect(facts).toEqual([{ n: 40 }]);
      expect(await read(reader, 'SELECT count(*) FROM case_month_domain')).toBe('55P03');
      expect(await read(reader, 'SELECT count(*) FROM outcome_month_line')).toBe('55P03');
      expect(await read(reader, 'SELECT count(*) FROM signal')).toBe('55P03');
      // Queued by the facts' transaction; the side sessions' deletes are not committed yet.
      expect(await read(reader, 'SELECT part FROM derived_data_backlog ORDER BY part')).toEqual([
        { part: 'outcome_rollups' },
        { part: 'record_rollups' },
        { part: 'signals' },
      ]);
      const summary = await loading;
      expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 40, warnings: [] });
      expect(summary.phases.map((phase) => phase.phase)).toContain(AFTER_COMMIT_PHASE);
      expect(summary.rollupsRefreshed).toContain('case_month_domain');
      expect(summary.rollupsRefreshed).toContain('outcome_month_line');
    } finally {
      reader.release();
    }
    await derivedDataMatchTheFacts();
  });

  it('should write them in its own transaction, from the loaded records, when a reader keeps a lock from it', async () => {
    const reader = await db.pool.connect();
    const lines: string[] = [];
    try {
      // A reader of the signals in a long transaction: the side session cannot lock them for writing.
      await reader.query('BEGIN');
      await reader.query('LOCK TABLE signal IN ACCESS SHARE MODE');
      fileNumber++;
      const file = await writeText(dir, `klachten-${fileNumber}.csv`, toCsv(CASE_HEADERS, datedRows(1, 40)));
      const summary = await importFile(db.pool, {
        file,
        profile,
        dataDir: dir,
        log: (line) => lines.push(line),
      });
      // The rollup delta is every record of the initial load, read from case_record itself.
      expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 40, warnings: [] });
      const phases = summary.phases.map((phase) => phase.phase);
      expect(phases).toEqual(expect.arrayContaining(['rollups (delta)', 'signals']));
      expect(phases).not.toContain(AFTER_COMMIT_PHASE);
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^Samenvattingen en systeemsignalen in de importtransactie: geen extra sessies/,
        ),
      );
    } finally {
      await reader.query('COMMIT');
      reader.release();
    }
    await derivedDataMatchTheFacts();
  }, 30_000);

  it('should warn about a part that failed, keep it queued, and catch it up before the next import', async () => {
    // The outcomes' half fails at its first rollup, in a side session and on the import's own session alike.
    await db.pool.query(
      `CREATE FUNCTION fail_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'proef: uitkomsten'; END $$;
       CREATE TRIGGER fail_outcomes AFTER INSERT ON outcome_month_line FOR EACH STATEMENT EXECUTE FUNCTION fail_outcomes()`,
    );
    const first = await importRows(1, 40);
    // The facts are committed: the import succeeded, with warnings, stored with it too.
    expect(first).toMatchObject({ status: 'succeeded', rowsInserted: 40 });
    expect(first.warnings).toEqual([
      'samenvattingen niet bijgewerkt na het vastleggen: proef: uitkomsten',
      expect.stringMatching(
        /^samenvattingen en systeemsignalen van gemeente GM0001 niet bijgewerkt: proef: uitkomsten; de volgende import/,
      ),
    ]);
    const { rows } = await db.pool.query('SELECT warnings FROM import WHERE id = $1', [first.importId]);
    expect(rows).toEqual([{ warnings: first.warnings }]);
    // The records' half was committed; the outcomes' half and the signals after it were not.
    expect(await backlog()).toEqual([
      { municipality_code: 'GM0001', part: 'outcome_rollups' },
      { municipality_code: 'GM0001', part: 'signals' },
    ]);
    const { rows: outcomes } = await db.pool.query('SELECT count(*)::int AS n FROM outcome_month_line');
    expect(outcomes).toEqual([{ n: 0 }]);

    await db.pool.query('DROP TRIGGER fail_outcomes ON outcome_month_line; DROP FUNCTION fail_outcomes()');
    const lines: string[] = [];
    fileNumber++;
    const file = await writeText(dir, `klachten-${fileNumber}.csv`, toCsv(CASE_HEADERS, datedRows(41, 5)));
    const next = await importFile(db.pool, { file, profile, dataDir: dir, log: (line) => lines.push(line) });
    expect(next).toMatchObject({ status: 'succeeded', rowsInserted: 5 });
    expect(next.phases.map((phase) => phase.phase)).not.toContain(AFTER_COMMIT_PHASE);
    expect(lines).toContain('samenvattingen en systeemsignalen van gemeente GM0001 alsnog bijgewerkt');
    await derivedDataMatchTheFacts();
  });
});
