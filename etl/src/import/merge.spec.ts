import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { seedReference } from '../testing/fixtures';
import { analyzeAfterBigChange } from './merge';

describe(analyzeAfterBigChange.name, () => {
  let db: TestDatabase;

  /** The planner's estimate of a municipality's case records. */
  async function estimate(client: { query: TestDatabase['pool']['query'] }, code: string): Promise<number> {
    const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM case_record WHERE municipality_code = '${code}'`,
    );
    return rows[0]!['QUERY PLAN'][0].Plan['Plan Rows'];
  }

  /** `count` case records of a municipality, in the transaction of `client`. */
  const insertCases = (code: string, count: number, from: number): string =>
    `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
       received_on, import_id)
     SELECT '${code}', (SELECT id FROM organisation WHERE code = 'gemeente-testdorp'), 'c' || n, 'klacht', 'wmo',
            'eerste_lijn_gemeente', DATE '2024-01-01' + n % 365, (SELECT min(id) FROM import)
       FROM generate_series(${from}, ${from + count - 1}) AS n`;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReference(db.pool);
    await db.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0002', 'Nieuwdorp')`);
    await db.pool.query(
      `INSERT INTO import (municipality_code, file_name, sha256, profile) VALUES ('GM0001', 'a.csv', repeat('0', 64), 'p')`,
    );
    await db.pool.query(insertCases('GM0001', 40_000, 1));
    await db.pool.query('ANALYZE case_record');
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("should analyze when a municipality's rows are new to the statistics, though the table barely changed", async () => {
    const client = await db.pool.connect();
    try {
      await client.query('BEGIN');
      // 2,000 rows: 5 % of the table, but all of the municipality the statistics do not know yet.
      await client.query(insertCases('GM0002', 2_000, 1));
      expect(await estimate(client, 'GM0002')).toBeLessThan(200);
      await analyzeAfterBigChange(client, ['case_record', 'case_theme'], 2_000, 'GM0002');
      expect(await estimate(client, 'GM0002')).toBeGreaterThan(1_000);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });

  it('should leave the statistics alone when a known municipality got a small part more', async () => {
    const client = await db.pool.connect();
    const reltuples = async (): Promise<number> => {
      const { rows } = await client.query<{ n: number }>(
        `SELECT reltuples::int AS n FROM pg_class WHERE relname = 'case_record'`,
      );
      return rows[0]!.n;
    };
    try {
      await client.query('BEGIN');
      // (ANALYZE updates reltuples in place: an earlier test's rolled-back rows may be counted.)
      const before = await reltuples();
      await client.query(insertCases('GM0001', 3_000, 100_000));
      await analyzeAfterBigChange(client, ['case_record'], 3_000, 'GM0001');
      expect(await reltuples()).toBe(before);
      // What an ANALYZE would have changed.
      await client.query('ANALYZE case_record');
      expect(await reltuples()).not.toBe(before);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
