import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VIEWS_DIR } from './migrate';
import { createTestDatabase, TestDatabase } from './testing';

/** Every rollup in the order refresh_rollups() reports them: case_month_rollups() (read in beforeAll), then these. */
const ROLLUPS = [
  'handling_time_daily',
  'case_outcome_daily',
  'handling_time_monthly',
  'case_outcome_monthly',
  'complaint_term_monthly',
];
/** The narrow rollups of case records (migrations/0200). */
const CASE_MONTH_ROLLUPS: string[] = [];
/** The rollups of migrations/0051, which an upgrade from 0050 finds empty. */
const MONTHLY_INDICATOR_ROLLUPS = ['handling_time_monthly', 'case_outcome_monthly', 'complaint_term_monthly'];

/** Rows of `a` missing from `b` and of `b` missing from `a` (two queries with the same columns). */
async function difference(database: TestDatabase, a: string, b: string): Promise<number> {
  const { rows } = await database.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (((${a}) EXCEPT ALL (${b})) UNION ALL ((${b}) EXCEPT ALL (${a}))) d`,
  );
  return rows[0]?.n ?? -1;
}

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
    const caseMonth = await database.pool.query<{ rollup_name: string }>(
      'SELECT rollup_name FROM case_month_rollups()',
    );
    CASE_MONTH_ROLLUPS.push(...caseMonth.rows.map((row) => row.rollup_name));
    ROLLUPS.unshift(...CASE_MONTH_ROLLUPS);
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
    // 600 complaints per municipality spread over January..June 2025, some closed (up to 9 months
    // later), some with a term from the source, a committee or an extension; 60 objections.
    await sql(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         received_on, closed_on, term_days, external_committee, extended, extension_days, outcome, import_id)
       SELECT m.code, o.id, 'K' || n, CASE WHEN n % 5 = 0 THEN 'melding' ELSE 'klacht' END,
              (ARRAY['wmo', 'jeugd', 'werk_inkomen'])[1 + n % 3], 'eerste_lijn_gemeente',
              DATE '2025-01-01' + (n % 180),
              CASE WHEN n % 2 = 0 THEN DATE '2025-01-01' + (n % 180) + (n * 7) % 280 END,
              CASE WHEN n % 7 = 0 THEN 20 + n % 50 END, n % 3 = 0, n % 4 = 0,
              CASE WHEN n % 8 = 0 THEN n % 45 END,
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
      `SELECT ctid::text, month::text FROM case_month_outcome WHERE municipality_code = 'GM0002'
        UNION ALL
       SELECT ctid::text, month::text FROM case_month_outcome
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
      `SELECT ctid::text FROM case_month_outcome WHERE ctid = ANY($1::tid[])`,
      [before.rows.map((row) => row.ctid)],
    );
    expect(after.rowCount).toBe(before.rowCount);

    await sql('SELECT * FROM refresh_rollups()');
    expect(slice).toEqual(await snapshot(database));
  });

  it('should hold in every case_month rollup the counts and key sums of a GROUP BY on the facts', async () => {
    const { rows } = await database.pool.query<{ rollup_name: string; columns: string[] }>(
      'SELECT rollup_name, columns FROM case_month_rollups()',
    );
    expect(rows.map((row) => row.rollup_name)).toEqual(CASE_MONTH_ROLLUPS);
    // The facts with the rollups' sentinels for missing values (0, ''), written out here.
    const facts = `SELECT c.municipality_code, c.received_on AS day, c.domain_code, c.kind, c.line,
        c.source_organisation_id, coalesce(c.subject_organisation_id, 0) AS subject_organisation_id,
        coalesce(c.theme_id, 0) AS theme_id, c.channel, c.complainant_type,
        coalesce(c.neighbourhood_code, '') AS neighbourhood_code, c.outcome, c.import_id, 1 AS case_count,
        (c.closed_on IS NOT NULL)::int AS closed_count, c.record_key::bigint AS case_key_sum,
        CASE WHEN c.closed_on IS NOT NULL THEN c.record_key ELSE 0 END::bigint AS closed_key_sum
      FROM case_record c`;
    for (const { rollup_name: rollup, columns } of rows) {
      const list = columns.join(', ');
      expect(
        await difference(
          database,
          `SELECT municipality_code, date_trunc('month', day)::date, ${list}, sum(case_count)::int,
                  sum(closed_count)::int, sum(case_key_sum)::bigint, sum(closed_key_sum)::bigint
             FROM (${facts}) f GROUP BY 1, 2, ${list}`,
          `SELECT municipality_code, month, ${list}, case_count, closed_count, case_key_sum, closed_key_sum
             FROM ${rollup}`,
        ),
      ).toBe(0);
    }
  });

  it('should hold beside every count the sum of the record keys of the facts it counts', async () => {
    const factsByFamily = `SELECT 'klacht' AS family, sum(record_key)::bigint AS keys FROM case_record
         WHERE kind = 'klacht'
       UNION ALL SELECT 'bezwaar', sum(record_key)::bigint FROM objection_decision`;
    for (const rollup of ['handling_time_daily', 'case_outcome_monthly WHERE theme_id = -1']) {
      const column = rollup.startsWith('handling') ? 'key_sum' : 'case_key_sum';
      const [table, ...where] = rollup.split(' WHERE ');
      expect(
        await difference(
          database,
          factsByFamily,
          `SELECT family, sum(${column})::bigint FROM ${table ?? ''}
             ${where.length > 0 ? `WHERE ${where.join('')}` : ''} GROUP BY family`,
        ),
      ).toBe(0);
    }
    expect(
      await difference(
        database,
        `SELECT sum(record_key)::bigint FROM case_record WHERE kind = 'klacht' AND closed_on IS NOT NULL`,
        'SELECT sum(key_sum)::bigint FROM complaint_term_monthly',
      ),
    ).toBe(0);
  });

  it('should keep a record key when the import merges an update into the record', async () => {
    const before = await database.pool.query<{ record_key: number }>(
      `SELECT record_key FROM case_record WHERE municipality_code = 'GM0002' AND external_id = 'K11'`,
    );
    await sql(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         received_on, import_id)
       SELECT municipality_code, source_organisation_id, external_id, kind, domain_code, line,
              received_on + 1, import_id
         FROM case_record WHERE municipality_code = 'GM0002' AND external_id = 'K11'
       ON CONFLICT (municipality_code, source_organisation_id, external_id) DO UPDATE SET
         received_on = EXCLUDED.received_on`,
    );
    await sql('SELECT * FROM refresh_rollups()');
    const after = await database.pool.query<{ record_key: number }>(
      `SELECT record_key FROM case_record WHERE municipality_code = 'GM0002' AND external_id = 'K11'`,
    );
    expect(after.rows[0]?.record_key).toBe(before.rows[0]?.record_key);
    const keys = await database.pool.query<{ n: number }>(
      'SELECT count(DISTINCT record_key)::int AS n FROM case_record',
    );
    // 1,200 records drawn from 256 keys: a constant or an identifier-derived default would show here.
    expect(keys.rows[0]?.n).toBeGreaterThan(200);
  });

  it('should hold in handling_time_monthly the closed rows of handling_time_daily summed per month', async () => {
    const diff = await difference(
      database,
      `SELECT municipality_code, family, date_trunc('month', day)::date AS month, domain_code, line,
              subject_organisation_id, committee, extended, duration_days, term_days, sum(case_count)::int
         FROM handling_time_daily WHERE closed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
      `SELECT municipality_code, family, month, domain_code, line, subject_organisation_id, committee, extended,
              duration_days, term_days, case_count FROM handling_time_monthly`,
    );
    expect(diff).toBe(0);
    const { rows } = await database.pool.query<{ n: number }>(
      'SELECT sum(case_count)::int AS n FROM handling_time_monthly',
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
  });

  it.each([
    ['with the theme', 'theme_id', 'theme_id <> -1'],
    ['without the theme', '-1', 'theme_id = -1'],
  ])(
    'should hold in case_outcome_monthly the rows of case_outcome_daily summed per month %s',
    async (_, theme, set) => {
      const diff = await difference(
        database,
        `SELECT municipality_code, family, date_trunc('month', day)::date AS month, domain_code, line, route,
                subject_organisation_id, ${theme}, law, outcome, sum(case_count)::int,
                sum(recommendation_made_count)::int, sum(recommendation_followed_count)::int,
                sum(recommendation_not_followed_count)::int
           FROM case_outcome_daily GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
        `SELECT municipality_code, family, month, domain_code, line, route, subject_organisation_id, theme_id, law,
                outcome, case_count, recommendation_made_count, recommendation_followed_count,
                recommendation_not_followed_count FROM case_outcome_monthly WHERE ${set}`,
      );
      expect(diff).toBe(0);
    },
  );

  // The term rule of the thermometer (api/src/thermometer) applied to the rollup and to the facts, for
  // the Awb 9:11 norm and for other terms: the rollup holds no norm constants.
  it.each([
    [42, 70, 28],
    [10, 20, 5],
  ])(
    'should give in complaint_term_monthly the closed and within-term counts of the facts (term %i, committee %i, extension %i)',
    async (term, committee, extension) => {
      const diff = await difference(
        database,
        `SELECT municipality_code, date_trunc('month', closed_on)::date AS month, domain_code, line,
                count(*)::int AS closed,
                (count(*) FILTER (WHERE closed_on <= received_on
                   + coalesce(term_days, CASE WHEN external_committee THEN ${committee} ELSE ${term} END)
                   + CASE WHEN extended THEN least(coalesce(extension_days, ${extension}), ${extension}) ELSE 0 END))::int
           FROM case_record WHERE kind = 'klacht' AND closed_on IS NOT NULL GROUP BY 1, 2, 3, 4`,
        `SELECT municipality_code, closed_month, domain_code, line, sum(case_count)::int,
                (coalesce(sum(case_count) FILTER (WHERE overrun_days <=
                   CASE WHEN has_source_term THEN 0 WHEN committee THEN ${committee} ELSE ${term} END
                   + least(extension_days, ${extension})), 0))::int
           FROM complaint_term_monthly GROUP BY 1, 2, 3, 4`,
      );
      expect(diff).toBe(0);
    },
  );

  it('should be filled at migration after the upgrades that added the monthly indicator and case_month rollups', async () => {
    const fill = await readFile(join(VIEWS_DIR, '9100_fill_empty_rollups.sql'), 'utf8');
    const full = await snapshot(database);
    await sql(`TRUNCATE ${MONTHLY_INDICATOR_ROLLUPS.join(', ')}`);
    await sql(`TRUNCATE ${CASE_MONTH_ROLLUPS.join(', ')}`);
    await sql(fill);
    expect(await snapshot(database)).toEqual(full);
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
