import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { useTempDirs } from '@leerlus/sql/tempDirs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { importFile, type ImportSummary } from '../import-file';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from '../testing/fixtures';
import { datedRows, rollupCells, storedData } from '../testing/stored';
import { AFTER_COMMIT_PHASE } from './derived-after-commit';
import { initialLoadAllowed } from './initial-load';

const tempDir = useTempDirs('leerlus-etl-');

interface Index {
  oid: number;
  definition: string;
}

/** The indexes of case_record and case_theme, by definition. */
async function indexes(pool: Pool): Promise<Index[]> {
  const { rows } = await pool.query<Index>(
    `SELECT indexrelid::int AS oid, pg_get_indexdef(indexrelid) AS definition FROM pg_index
     WHERE indrelid IN ('case_record'::regclass, 'case_theme'::regclass) ORDER BY 2`,
  );
  return rows;
}

/**
 * Every rollup cell without its key sums (record keys are random per database), after checking that the
 * cells the import's delta left are the ones a full recompute gives.
 */
async function rollupsWithoutKeys(pool: Pool): Promise<unknown[]> {
  const delta = await rollupCells(pool);
  await pool.query('SELECT * FROM refresh_rollups()');
  expect(delta).toEqual(await rollupCells(pool));
  return delta.map((line) => {
    const [name, json] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
    const cell = Object.entries(JSON.parse(json) as Record<string, unknown>);
    return [name, cell.filter(([column]) => !column.includes('key'))];
  });
}

const definitions = (found: Index[]): string[] => found.map((index) => index.definition);
const initialLoadPhases = (summary: ImportSummary): string[] =>
  summary.phases.map((phase) => phase.phase).filter((phase) => phase.startsWith('initial load'));

/**
 * Initial load (initial-load.ts): the same files imported into two databases, with the initial load in
 * one and without it in the other, must leave the same indexes, facts, themes and rollups.
 */
describe('initial load: the first import builds the secondary indexes after the data', () => {
  let on: TestDatabase;
  let off: TestDatabase;
  let spare: TestDatabase;
  let migrated: string[];
  let dir: string;
  let profile: string;
  let fileNumber = 0;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    [on, off, spare] = await Promise.all([createTestDatabase(), createTestDatabase(), createTestDatabase()]);
    await Promise.all([on, off, spare].map((db) => seedReference(db.pool)));
    migrated = definitions(await indexes(on.pool));
    dir = await tempDir();
    profile = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
  });

  afterAll(async () => {
    await Promise.all([on?.drop(), off?.drop(), spare?.drop()]);
  });

  async function csv(data: Record<string, string>[]): Promise<string> {
    fileNumber++;
    return writeText(dir, `klachten-${fileNumber}.csv`, toCsv(CASE_HEADERS, data));
  }

  const importInto = (db: TestDatabase, file: string, initialLoad: boolean): Promise<ImportSummary> =>
    importFile(db.pool, { file, profile, dataDir: dir, force: true, initialLoad, mergeChunkRows: 3 });

  it('should leave the migrations’ indexes and the facts, themes and rollups an import without it leaves', async () => {
    const before = await indexes(on.pool);
    // Row 5 is rejected, row 8 repeats the key of row 2 (an earlier chunk).
    const file = await csv(
      datedRows(1, 12, (n) =>
        n === 5 ? { 'Datum ontvangst': '31-02-2024' } : n === 8 ? { Zaaknummer: caseRow(2).Zaaknummer } : {},
      ),
    );
    const loaded = await importInto(on, file, true);
    const plain = await importInto(off, file, false);
    expect(loaded).toMatchObject({ status: 'succeeded', rowsInserted: 10, rowsRejected: 2 });
    expect(initialLoadPhases(loaded)).toEqual(['initial load: drop indexes', 'initial load: build indexes']);
    // Its rollups and signals were written after the commit (derived-after-commit.ts).
    expect(loaded.phases.map((phase) => phase.phase)).toContain(AFTER_COMMIT_PHASE);
    expect(initialLoadPhases(plain)).toEqual([]);
    const after = await indexes(on.pool);
    expect(definitions(after)).toEqual(migrated);
    // Rebuilt, not left alone: the secondary indexes are new relations.
    expect(after.filter((index) => before.some((old) => old.oid === index.oid))).toHaveLength(3);
    expect(await storedData(on.pool)).toEqual(await storedData(off.pool));
    expect(await rollupsWithoutKeys(on.pool)).toEqual(await rollupsWithoutKeys(off.pool));
  });

  it('should drop and rebuild nothing when case_record already holds records', async () => {
    const before = await indexes(on.pool);
    const file = await csv(datedRows(10, 8, (n) => (n === 11 ? { Uitkomst: 'Ongegrond' } : {})));
    const loaded = await importInto(on, file, true);
    await importInto(off, file, false);
    expect(loaded).toMatchObject({ status: 'succeeded', rowsInserted: 5, rowsUpdated: 1 });
    expect(initialLoadPhases(loaded)).toEqual([]);
    expect(await indexes(on.pool)).toEqual(before);
    expect(await storedData(on.pool)).toEqual(await storedData(off.pool));
    expect(await rollupsWithoutKeys(on.pool)).toEqual(await rollupsWithoutKeys(off.pool));
  });

  it('should keep the indexes of a first import that fails after dropping them', async () => {
    const before = await indexes(spare.pool);
    // Tells how many indexes case_record had when the merge wrote its first record.
    await spare.pool.query(
      `CREATE FUNCTION fail_on_case() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'proef: % indexen', (SELECT count(*) FROM pg_index WHERE indrelid = 'case_record'::regclass);
       END $$;
       CREATE TRIGGER fail_on_case BEFORE INSERT ON case_record FOR EACH ROW EXECUTE FUNCTION fail_on_case()`,
    );
    try {
      const summary = await importInto(spare, await csv(datedRows(1, 8)), true);
      expect(summary.status).toBe('failed');
      expect(summary.message).toContain('proef: 2 indexen');
    } finally {
      await spare.pool.query('DROP TRIGGER fail_on_case ON case_record; DROP FUNCTION fail_on_case()');
    }
    expect(await indexes(spare.pool)).toEqual(before);
  });

  it('should rebuild the indexes of a first import whose every row was rejected', async () => {
    const before = await indexes(spare.pool);
    const rejected = await csv([1, 2, 3].map((n) => caseRow(n, { 'Datum ontvangst': '31-02-2024' })));
    const summary = await importInto(spare, rejected, true);
    expect(summary).toMatchObject({ status: 'failed', rowsInserted: 0, rowsRejected: 3 });
    const after = await indexes(spare.pool);
    expect(definitions(after)).toEqual(migrated);
    expect(after).not.toEqual(before);
  });

  it('should build an index again in the tablespace it was in', async () => {
    const tablespace = `leerlus_proef_${process.pid}`;
    // A tablespace's directory must belong to the server's user, which the test's user may not be.
    const location = join(tmpdir(), `${tablespace}_${Date.now()}`);
    await spare.pool.query(`COPY (SELECT 1) TO PROGRAM 'mkdir -m 700 ${location}'`);
    await spare.pool.query(`CREATE TABLESPACE ${tablespace} LOCATION '${location}'`);
    await spare.pool.query(`ALTER INDEX idx_case_theme_theme SET TABLESPACE ${tablespace}`);
    const placed = async (): Promise<unknown[]> =>
      (
        await spare.pool.query(
          `SELECT x.relname, t.spcname FROM pg_class x JOIN pg_tablespace t ON t.oid = x.reltablespace
           WHERE x.relname LIKE 'idx_case_%'`,
        )
      ).rows;
    try {
      const rejected = await csv([caseRow(1, { 'Datum ontvangst': '31-02-2024' })]);
      const summary = await importInto(spare, rejected, true);
      expect(initialLoadPhases(summary)).toContain('initial load: build indexes');
      expect(await placed()).toEqual([{ relname: 'idx_case_theme_theme', spcname: tablespace }]);
    } finally {
      await spare.pool.query('ALTER INDEX idx_case_theme_theme SET TABLESPACE pg_default');
      await spare.pool.query(`DROP TABLESPACE ${tablespace}`);
      await spare.pool.query(`COPY (SELECT 1) TO PROGRAM 'rm -rf ${location}'`);
    }
  });

  it('should load an empty database once when two first imports start together', async () => {
    const [first, second] = await Promise.all([
      importInto(spare, await csv(datedRows(1, 6)), true),
      importInto(spare, await csv(datedRows(7, 6)), true),
    ]);
    expect([first.status, second.status]).toEqual(['succeeded', 'succeeded']);
    expect([initialLoadPhases(first), initialLoadPhases(second)].filter((p) => p.length > 0)).toHaveLength(1);
    expect(definitions(await indexes(spare.pool))).toEqual(migrated);
    const { rows } = await spare.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM case_record');
    expect(rows[0]?.n).toBe(12);
  });
});

describe(initialLoadAllowed.name, () => {
  it('should follow the option, else LEERLUS_ETL_INITIAL_LOAD, and be on by default', () => {
    expect(initialLoadAllowed(undefined, undefined)).toBe(true);
    expect(initialLoadAllowed(undefined, '0')).toBe(false);
    expect(initialLoadAllowed(undefined, ' 1 ')).toBe(true);
    expect(initialLoadAllowed(true, '0')).toBe(true);
    expect(initialLoadAllowed(false, undefined)).toBe(false);
  });
});
