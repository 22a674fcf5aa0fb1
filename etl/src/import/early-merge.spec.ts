import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { useTempDirs } from '@leerlus/sql/tempDirs';
import { importFile, type ImportSummary } from '../import-file';
import { EARLY_MERGE_MIN_BYTES, earlyMergeChunkRows } from './merge-steps';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  type CaseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from '../testing/fixtures';
import { datedRows, rollupCells, storedData } from '../testing/stored';

const tempDir = useTempDirs('leerlus-etl-');

/**
 * Early merging (merge-steps.ts, stage.ts): the same files imported into two databases, merged after
 * staging in one and in chunks of two accepted rows while staging in the other, must leave the same
 * facts, themes, rejected rows, organisations, import counts and (from the delta) rollups.
 */
describe('early merging: chunks merged while the next are staged', () => {
  let whole: TestDatabase;
  let chunked: TestDatabase;
  let dir: string;
  let profile: string;
  let fileNumber = 0;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    [whole, chunked] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await seedReference(whole.pool);
    await seedReference(chunked.pool);
    dir = await tempDir();
    profile = await writeText(
      dir,
      'maakt-aan.yaml',
      `${CASE_PROFILE.replace('name: test-klachten', 'name: maakt-aan')}\ncreateOrganisations: aanbieder\n`,
    );
  });

  afterAll(async () => {
    await Promise.all([whole?.drop(), chunked?.drop()]);
  });

  /** What a summary says, without its ids and timings. */
  const told = (s: ImportSummary): Partial<ImportSummary> => ({
    status: s.status,
    rowsRead: s.rowsRead,
    rowsInserted: s.rowsInserted,
    rowsUpdated: s.rowsUpdated,
    rowsUnchanged: s.rowsUnchanged,
    rowsRejected: s.rowsRejected,
    minDate: s.minDate,
    maxDate: s.maxDate,
    organisationsCreated: s.organisationsCreated,
    warnings: s.warnings,
    message: s.message,
  });

  async function importInto(db: TestDatabase, file: string, mergeChunkRows: number): Promise<ImportSummary> {
    return importFile(db.pool, { file, profile, dataDir: dir, force: true, mergeChunkRows });
  }

  /** Imports one file into both databases; the chunked summary. */
  async function importBoth(data: CaseRow[]): Promise<ImportSummary> {
    fileNumber++;
    const file = await writeText(dir, `klachten-${fileNumber}.csv`, toCsv(CASE_HEADERS, data));
    const a = await importInto(whole, file, 0);
    const b = await importInto(chunked, file, 2);
    expect(told(b)).toEqual(told(a));
    return b;
  }

  /** Every rollup as the delta left it and as a full recompute gives it, in the chunked database. */
  async function rollupsAndRecompute(): Promise<[string[], string[]]> {
    const delta = await rollupCells(chunked.pool);
    await chunked.pool.query('SELECT * FROM refresh_rollups()');
    return [delta, await rollupCells(chunked.pool)];
  }

  /** File positions of records in the order the merge gave them ids. */
  async function idOrder(db: TestDatabase, externalIds: string[]): Promise<string[]> {
    const { rows: found } = await db.pool.query<{ external_id: string }>(
      'SELECT external_id FROM case_record WHERE external_id = ANY($1) ORDER BY id',
      [externalIds],
    );
    return found.map((row) => row.external_id);
  }

  it('should store what a merge after staging stores: rejections, a new organisation, keys repeated across and within chunks', async () => {
    const data = datedRows(1, 10, (n) => ({
      ...(n === 1 || n === 6 ? { Organisatie: 'Nieuwe Thuiszorg B.V.' } : {}),
      ...(n === 3 ? { 'Datum ontvangst': '31-02-2024' } : {}),
      // Row 8 repeats row 2's key (an earlier chunk), row 10 repeats row 9's (both after it).
      ...(n === 8 ? { Zaaknummer: caseRow(2).Zaaknummer, Uitkomst: 'Ongegrond' } : {}),
      ...(n === 10 ? { Zaaknummer: caseRow(9).Zaaknummer, Kanaal: 'Brief' } : {}),
    }));
    const summary = await importBoth(data);
    expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 7, rowsRejected: 3 });
    expect(await storedData(chunked.pool)).toEqual(await storedData(whole.pool));
    const [delta, recomputed] = await rollupsAndRecompute();
    expect(delta).toEqual(recomputed);
    // The first chunk (rows 1 and 2) got its ids before the rows after it, though they were received later.
    const ids = [caseRow(1).Zaaknummer, caseRow(4).Zaaknummer];
    expect(await idOrder(whole, ids)).toEqual([ids[1], ids[0]]);
    expect(await idOrder(chunked, ids)).toEqual(ids);
  });

  it('should update from a re-export what a merge after staging updates, and nothing more', async () => {
    const data = datedRows(1, 14, (n) => ({
      ...(n === 2 ? { Uitkomst: 'Deels gegrond' } : {}),
      ...(n === 5 ? { 'Datum afgehandeld': '', Uitkomst: 'Lopend' } : {}),
      ...(n === 7 ? { Domein: 'Jeugd', Onderwerp: 'Bejegening' } : {}),
      ...(n === 13 ? { Zaaknummer: caseRow(12).Zaaknummer } : {}),
    }));
    const summary = await importBoth(data);
    expect(summary).toMatchObject({
      status: 'succeeded',
      rowsInserted: 6,
      rowsUpdated: 4,
      rowsUnchanged: 3,
      rowsRejected: 1,
    });
    expect(await storedData(chunked.pool)).toEqual(await storedData(whole.pool));
    const [delta, recomputed] = await rollupsAndRecompute();
    expect(delta).toEqual(recomputed);
  });

  it('should leave nothing of an import whose early-merged chunk failed', async () => {
    await chunked.pool.query(
      `CREATE FUNCTION fail_on_case() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.external_id = 'KL-00104' THEN RAISE EXCEPTION 'proef: deze rij faalt'; END IF;
         RETURN NEW;
       END $$`,
    );
    await chunked.pool.query(
      'CREATE TRIGGER fail_on_case BEFORE INSERT ON case_record FOR EACH ROW EXECUTE FUNCTION fail_on_case()',
    );
    try {
      const before = await storedData(chunked.pool);
      fileNumber++;
      const data = datedRows(101, 8, (n) => (n === 101 ? { Organisatie: 'Weer Nieuwe Zorg' } : {}));
      const file = await writeText(dir, `klachten-${fileNumber}.csv`, toCsv(CASE_HEADERS, data));
      const summary = await importInto(chunked, file, 2);
      expect(summary.status).toBe('failed');
      expect(summary.message).toContain('proef: deze rij faalt');
      const after = await storedData(chunked.pool);
      expect(after.imports).toHaveLength(before.imports.length + 1);
      expect({ ...after, imports: after.imports.slice(0, -1) }).toEqual(before);
    } finally {
      await chunked.pool.query('DROP TRIGGER fail_on_case ON case_record; DROP FUNCTION fail_on_case()');
    }
  });
});

describe(earlyMergeChunkRows.name, () => {
  it('should merge big files in chunks of 100,000 rows by default, and every file as LEERLUS_ETL_MERGE_CHUNK_ROWS says', () => {
    expect(earlyMergeChunkRows(EARLY_MERGE_MIN_BYTES, undefined)).toBe(100_000);
    expect(earlyMergeChunkRows(EARLY_MERGE_MIN_BYTES - 1, undefined)).toBe(0);
    expect(earlyMergeChunkRows(EARLY_MERGE_MIN_BYTES, '0')).toBe(0);
    expect(earlyMergeChunkRows(1000, '5000')).toBe(5000);
    expect(earlyMergeChunkRows(EARLY_MERGE_MIN_BYTES, 'veel')).toBe(100_000);
  });
});
