import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VIEWS_DIR } from './migrate';
import { createTestDatabase, TestDatabase } from './testing';

const ROLLUPS = ['case_record_monthly', 'handling_time_daily', 'case_outcome_daily'];

/** Every rollup's rows as sorted JSON lines, to compare a slice refresh with a full rebuild. */
async function snapshot(database: TestDatabase): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of ROLLUPS) {
    const { rows } = await database.pool.query<{ line: string }>(
      `SELECT row_to_json(t)::text AS line FROM ${table} t ORDER BY 1`,
    );
    result[table] = rows.map((row) => row.line);
  }
  return result;
}

describe('refresh_rollups', () => {
  let database: TestDatabase;
  const sql = (text: string, params: unknown[] = []): Promise<unknown> => database.pool.query(text, params);

  beforeAll(async () => {
    database = await createTestDatabase();
    await sql(
      `INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad'), ('GM0002', 'Klachtdorp')`,
    );
    await sql(`INSERT INTO organisation (code, name, kind) VALUES ('G', 'Gemeente', 'gemeente')`);
    for (const code of ['GM0001', 'GM0002']) {
      await sql(
        `INSERT INTO import (municipality_code, file_name, sha256, profile, status)
         VALUES ($1, 'test.csv', $2, 'test', 'succeeded')`,
        [code, code === 'GM0001' ? 'a'.repeat(64) : 'b'.repeat(64)],
      );
    }
    // 600 complaints per municipality spread over January..June 2025, some closed; 60 objections.
    await sql(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         received_on, closed_on, outcome, import_id)
       SELECT m.code, o.id, 'K' || n, CASE WHEN n % 5 = 0 THEN 'melding' ELSE 'klacht' END,
              (ARRAY['wmo', 'jeugd', 'werk_inkomen'])[1 + n % 3], 'eerste_lijn_gemeente',
              DATE '2025-01-01' + (n % 180), CASE WHEN n % 2 = 0 THEN DATE '2025-01-01' + (n % 180) + n % 40 END,
              (ARRAY['gegrond', 'ongegrond', 'lopend'])[1 + n % 3], i.id
       FROM municipality m JOIN import i ON i.municipality_code = m.code, organisation o,
            generate_series(1, 600) AS n`,
    );
    await sql(
      `INSERT INTO objection_decision (municipality_code, source_organisation_id, external_id, law, domain_code,
         objection_received_on, decided_on, outcome, import_id)
       SELECT m.code, o.id, 'B' || n, 'Wmo 2015', 'wmo', DATE '2025-01-01' + n * 3,
              DATE '2025-01-01' + n * 3 + 30, 'ongegrond', i.id
       FROM municipality m JOIN import i ON i.municipality_code = m.code, organisation o,
            generate_series(1, 60) AS n`,
    );
    await sql('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('should report every rollup with its recomputed rows', async () => {
    const { rows } = await database.pool.query<{ rollup_name: string; row_count: string }>(
      'SELECT * FROM refresh_rollups()',
    );
    expect(rows.map((row) => row.rollup_name)).toEqual(ROLLUPS);
    expect(rows.every((row) => Number(row.row_count) > 0)).toBe(true);
    const { rows: sums } = await database.pool.query<{ n: number }>(
      'SELECT sum(case_count)::int AS n FROM case_record_daily',
    );
    expect(sums[0]?.n).toBe(1200);
  });

  it('should recompute only the months and municipality it is given, and give what a full rebuild gives', async () => {
    const before = await database.pool.query<{ ctid: string; month: string }>(
      `SELECT ctid::text, month::text FROM case_record_monthly WHERE municipality_code = 'GM0002'
        UNION ALL
       SELECT ctid::text, month::text FROM case_record_monthly
        WHERE municipality_code = 'GM0001' AND month NOT IN ('2025-02-01', '2025-03-01')`,
    );
    // Changes in February and March of GM0001: an update, a move from February to March, a delete, an
    // objection decided.
    await sql(`UPDATE case_record SET outcome = 'opgelost', closed_on = received_on + 3
                WHERE municipality_code = 'GM0001' AND received_on BETWEEN '2025-02-01' AND '2025-02-10'`);
    await sql(`UPDATE case_record SET received_on = '2025-03-15', closed_on = NULL
                WHERE municipality_code = 'GM0001' AND external_id = 'K40'`);
    await sql(`DELETE FROM case_record WHERE municipality_code = 'GM0001' AND external_id = 'K70'`);
    await sql(`UPDATE objection_decision SET outcome = 'gegrond'
                WHERE municipality_code = 'GM0001' AND objection_received_on BETWEEN '2025-02-01' AND '2025-03-31'`);

    const { rows } = await database.pool.query<{ rollup_name: string; row_count: string }>(
      `SELECT * FROM refresh_rollups('GM0001', '2025-02-10', '2025-03-15')`,
    );
    expect(rows.map((row) => row.rollup_name)).toEqual(ROLLUPS);
    const slice = await snapshot(database);

    // Rows outside the slice were not rewritten (same physical location).
    const after = await database.pool.query<{ ctid: string }>(
      `SELECT ctid::text FROM case_record_monthly WHERE ctid = ANY($1::tid[])`,
      [before.rows.map((row) => row.ctid)],
    );
    expect(after.rowCount).toBe(before.rowCount);

    await sql('SELECT * FROM refresh_rollups()');
    expect(slice).toEqual(await snapshot(database));
  });

  it('should hold the counts of a GROUP BY on the facts', async () => {
    const { rows } = await database.pool.query<{ diff: number }>(
      `SELECT count(*)::int AS diff FROM (
         (SELECT municipality_code, date_trunc('month', received_on)::date AS month, domain_code, count(*)::int AS n
            FROM case_record GROUP BY 1, 2, 3
          EXCEPT
          SELECT municipality_code, month, domain_code, case_count FROM case_record_monthly WHERE dims = 'domain')
         UNION ALL
         (SELECT municipality_code, month, domain_code, case_count FROM case_record_monthly WHERE dims = 'domain'
          EXCEPT
          SELECT municipality_code, date_trunc('month', received_on)::date, domain_code, count(*)::int
            FROM case_record GROUP BY 1, 2, 3)
       ) d`,
    );
    expect(rows[0]?.diff).toBe(0);
  });

  it('should be filled at migration when empty while facts exist (the upgrade from materialized views)', async () => {
    const fill = await readFile(join(VIEWS_DIR, '9100_fill_empty_rollups.sql'), 'utf8');
    const full = await snapshot(database);
    await sql(`TRUNCATE ${ROLLUPS.join(', ')}`);
    await sql(fill);
    expect(await snapshot(database)).toEqual(full);
    // Filled rollups are left alone (no rebuild at every migration).
    await sql(`DELETE FROM case_outcome_daily WHERE family = 'bezwaar'`);
    await sql(fill);
    const { rows } = await database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_outcome_daily WHERE family = 'bezwaar'`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
