import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MIGRATIONS_DIR, VIEWS_DIR } from './migrate';
import { createTestDatabase, TestDatabase } from './testing';

/** Every rollup in the order refresh_rollups() reports them (rollup_names(), read in beforeAll). */
const ROLLUPS: string[] = [];
/** The narrow rollups of case records (migrations/0200). */
const CASE_MONTH_ROLLUPS: string[] = [];
/** The rollups of migrations/0300. */
const NARROW_INDICATOR_ROLLUPS = [
  'case_month_theme_outcome',
  'handling_time_open_day',
  'handling_time_month_domain',
  'outcome_month_line',
  'outcome_month_subject',
  'outcome_month_theme',
  'complaint_term_monthly',
  'complaint_citizen_day',
  // The chain's answers per period (migrations/0361).
  'chain_period_step',
  // The open records by domain (migrations/0371).
  'handling_time_open_day_domain',
  // The region twins (migrations/0372).
  'case_month_domain_region',
  'case_month_theme_region',
  'case_month_theme_outcome_region',
];

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
    const all = await database.pool.query<{ name: string }>('SELECT unnest(rollup_names()) AS name');
    ROLLUPS.push(...all.rows.map((row) => row.name));
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
    // later), some with a term from the source, a committee or an extension, 40 citizens with several
    // complaints in every line; 60 objections.
    await sql(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         received_on, closed_on, term_days, external_committee, extended, extension_days, outcome, import_id,
         subject_key, recommendation_made, recommendation_followed)
       SELECT m.code, o.id, 'K' || n, CASE WHEN n % 5 = 0 THEN 'melding' ELSE 'klacht' END,
              (ARRAY['wmo', 'jeugd', 'werk_inkomen'])[1 + n % 3],
              (ARRAY['eerste_lijn_gemeente', 'eerste_lijn_aanbieder', 'tweede_lijn'])[1 + n % 7 % 3],
              DATE '2025-01-01' + (n % 180),
              CASE WHEN n % 2 = 0 THEN DATE '2025-01-01' + (n % 180) + (n * 7) % 280 END,
              CASE WHEN n % 7 = 0 THEN 20 + n % 50 END, n % 3 = 0, n % 4 = 0,
              CASE WHEN n % 8 = 0 THEN n % 45 END,
              (ARRAY['gegrond', 'ongegrond', 'lopend', 'deels_gegrond', 'opgelost'])[1 + n % 5], i.id,
              CASE WHEN n % 9 <> 0 THEN 'k' || n % 40 END, n % 4 = 1, CASE WHEN n % 4 = 1 THEN n % 3 = 0 END
       FROM municipality m JOIN import i ON i.municipality_code = m.code, organisation o,
            generate_series(1, 600) AS n`,
    );
    await sql(
      `INSERT INTO objection_decision (municipality_code, source_organisation_id, external_id, law, domain_code,
         objection_received_on, decided_on, outcome, import_id)
       SELECT m.code, o.id, 'B' || n, 'Wmo 2015', 'wmo', DATE '2025-01-01' + n * 3,
              CASE WHEN n % 6 <> 0 THEN DATE '2025-01-01' + n * 3 + 30 END,
              CASE WHEN n % 6 <> 0 THEN 'ongegrond' ELSE 'lopend' END, i.id
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

  it('should notify the API of changed data when it refreshes, also without a change of the facts', async () => {
    const client = await database.pool.connect();
    try {
      await client.query('LISTEN leerlus_data_changed');
      const notified = new Promise<string>((resolve) => {
        client.on('notification', (message) => resolve(message.payload ?? ''));
      });
      await sql(`SELECT * FROM refresh_rollups('GM0002', '2025-01-01', '2025-01-31')`);
      expect(await notified).toBe('case_month_domain');
    } finally {
      await client.query('UNLISTEN *');
      client.release();
    }
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

  it('should hold in every case_month rollup and region twin the counts and key sums of a GROUP BY on the facts', async () => {
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
    // The region twins (migrations/0372): the same GROUP BY without the municipality.
    const regions = await database.pool.query<{ rollup_name: string; columns: string[] }>(
      'SELECT rollup_name, columns FROM case_month_region_rollups()',
    );
    expect(regions.rows.length).toBeGreaterThan(0);
    for (const { rollup_name: rollup, columns } of regions.rows) {
      const list = columns.join(', ');
      expect(
        await difference(
          database,
          `SELECT date_trunc('month', day)::date, ${list}, sum(case_count)::int, sum(closed_count)::int,
                  sum(case_key_sum)::bigint, sum(closed_key_sum)::bigint
             FROM (${facts}) f GROUP BY 1, ${list}`,
          `SELECT month, ${list}, case_count, closed_count, case_key_sum, closed_key_sum FROM ${rollup}`,
        ),
      ).toBe(0);
    }
  });

  it('should hold beside every count the sum of the record keys of the facts it counts', async () => {
    const factsByFamily = `SELECT 'klacht' AS family, sum(record_key)::bigint AS keys FROM case_record
         WHERE kind = 'klacht'
       UNION ALL SELECT 'bezwaar', sum(record_key)::bigint FROM objection_decision`;
    const byFamily = (table: string, column: string): string =>
      `SELECT family, sum(${column})::bigint FROM ${table} GROUP BY family`;
    for (const rollup of [
      byFamily('outcome_month_line', 'case_key_sum'),
      byFamily('outcome_month_subject', 'case_key_sum'),
      byFamily('outcome_month_theme', 'case_key_sum'),
      `SELECT family, sum(key_sum)::bigint FROM (SELECT family, unnest(duration_key_sums) AS key_sum
           FROM handling_time_month_domain
         UNION ALL SELECT family, key_sum FROM handling_time_open_day) h GROUP BY family`,
    ]) {
      expect(await difference(database, factsByFamily, rollup)).toBe(0);
    }
    expect(
      await difference(
        database,
        `SELECT sum(record_key)::bigint FROM case_record WHERE kind = 'klacht' AND closed_on IS NOT NULL`,
        'SELECT sum(k)::bigint FROM complaint_term_monthly CROSS JOIN LATERAL unnest(overrun_key_sums) AS k',
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

  it('should hold in handling_time_monthly the closed rows of the view handling_time_daily summed per month', async () => {
    const diff = await difference(
      database,
      `SELECT municipality_code, family, date_trunc('month', day)::date AS month, domain_code, line,
              subject_organisation_id, committee, extended, duration_days, term_days, sum(case_count)::int
         FROM handling_time_daily WHERE closed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
      `SELECT h.municipality_code, h.family, h.month, h.domain_code, h.line, h.subject_organisation_id, h.committee,
              h.extended, u.duration_days, h.term_days, u.case_count
         FROM handling_time_monthly h
        CROSS JOIN LATERAL unnest(h.duration_days, h.duration_counts) AS u(duration_days, case_count)`,
    );
    expect(diff).toBe(0);
    const { rows } = await database.pool.query<{ n: number }>(
      'SELECT sum(case_count)::int AS n FROM handling_time_monthly',
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
  });

  // The histogram rollups (migrations/0390-0392): the cell's columns, the bucket of its histogram in the view of
  // the facts it is read from, and that view.
  it.each([
    [
      'handling_time_monthly',
      'municipality_code, family, month, domain_code, line, subject_organisation_id, committee, extended, term_days',
      'duration',
      `SELECT municipality_code, family, date_trunc('month', day)::date AS month, domain_code, line,
              subject_organisation_id, committee, extended, term_days, duration_days AS bucket, case_count, key_sum
         FROM handling_time_daily WHERE closed`,
    ],
    [
      'handling_time_month_domain',
      'family, month, municipality_code, domain_code, committee, extended, term_days',
      'duration',
      `SELECT family, date_trunc('month', day)::date AS month, municipality_code, domain_code, committee, extended,
              term_days, duration_days AS bucket, case_count, key_sum
         FROM handling_time_daily WHERE closed`,
    ],
    [
      'complaint_term_monthly',
      'closed_month, municipality_code, domain_code, line, has_source_term, committee, extension_days',
      'overrun',
      `SELECT date_trunc('month', closed_on)::date AS closed_month, municipality_code, domain_code, line,
              term_days IS NOT NULL AS has_source_term, external_committee AS committee,
              CASE WHEN extended THEN least(coalesce(extension_days, 366), 366) ELSE 0 END AS extension_days,
              greatest(least(closed_on - received_on - coalesce(term_days, 0), 366), 0) AS bucket, 1 AS case_count,
              record_key AS key_sum
         FROM case_record WHERE kind = 'klacht' AND closed_on IS NOT NULL`,
    ],
  ])(
    'should keep one %s row per cell: its total and its buckets ascending, each with count and key sum',
    async (rollup, cell, bucket, facts) => {
      const diff = await difference(
        database,
        `SELECT ${cell}, sum(n)::int AS total, array_agg(bucket ORDER BY bucket) AS buckets,
                array_agg(n ORDER BY bucket) AS counts, array_agg(k ORDER BY bucket) AS key_sums
           FROM (SELECT ${cell}, bucket, sum(case_count)::int AS n, sum(key_sum)::bigint AS k
                   FROM (${facts}) f GROUP BY ${cell}, bucket) b
          GROUP BY ${cell}`,
        `SELECT ${cell}, case_count, ${bucket}_days::int[], ${bucket}_counts, ${bucket}_key_sums FROM ${rollup}`,
      );
      expect(diff).toBe(0);
      const { rows } = await database.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${rollup} WHERE cardinality(${bucket}_days) > 1`,
      );
      expect(rows[0]?.n).toBeGreaterThan(0);
    },
  );

  /** Complaints and objections as the outcome and handling-time rollups see them, written out here. */
  const familyFacts = `
    SELECT 'klacht' AS family, c.municipality_code, c.received_on AS day, c.domain_code, c.line, c.route,
           coalesce(c.subject_organisation_id, 0) AS subject_organisation_id, coalesce(c.theme_id, 0) AS theme_id,
           coalesce(dom.law, 'onbekend') AS law, c.outcome, c.import_id, c.external_committee AS committee,
           c.extended, coalesce(c.term_days, 0) AS term_days, c.closed_on - c.received_on AS days,
           c.record_key::bigint AS record_key, coalesce(c.recommendation_made, false) AS made,
           coalesce(c.recommendation_made AND c.recommendation_followed, false) AS followed,
           coalesce(c.recommendation_made AND NOT c.recommendation_followed, false) AS not_followed
      FROM case_record c LEFT JOIN domain dom ON dom.code = c.domain_code WHERE c.kind = 'klacht'
    UNION ALL
    SELECT 'bezwaar', o.municipality_code, o.objection_received_on, o.domain_code, 'bezwaar', 'formeel', 0,
           coalesce(o.theme_id, 0), o.law, o.outcome, o.import_id, o.advisory_committee, o.extended, 0,
           o.decided_on - o.objection_received_on, o.record_key::bigint, false, false, false
      FROM objection_decision o`;

  it('should hold in every outcome rollup the counts and key sums per outcome of a GROUP BY on the facts', async () => {
    const { rows } = await database.pool.query<{ rollup_name: string; columns: string[] }>(
      'SELECT rollup_name, columns FROM outcome_month_rollups()',
    );
    expect(rows.length).toBe(3);
    for (const { rollup_name: rollup, columns } of rows) {
      const list = columns.join(', ');
      const counted = (condition: string): string =>
        `count(*) FILTER (WHERE ${condition})::int, coalesce(sum(record_key) FILTER (WHERE ${condition}), 0)::bigint`;
      expect(
        await difference(
          database,
          `SELECT family, date_trunc('month', day)::date, municipality_code, ${list}, count(*)::int,
                  sum(record_key)::bigint, ${counted(`outcome = 'gegrond'`)}, ${counted(`outcome = 'deels_gegrond'`)},
                  ${counted(`outcome = 'ongegrond'`)}, ${counted('made')}, ${counted('followed')},
                  ${counted('not_followed')}
             FROM (${familyFacts}) f GROUP BY 1, 2, 3, ${list}`,
          `SELECT family, month, municipality_code, ${list}, case_count, case_key_sum, gegrond_count,
                  gegrond_key_sum, deels_gegrond_count, deels_gegrond_key_sum, ongegrond_count, ongegrond_key_sum,
                  recommendation_made_count, recommendation_made_key_sum, recommendation_followed_count,
                  recommendation_followed_key_sum, recommendation_not_followed_count,
                  recommendation_not_followed_key_sum
             FROM ${rollup}`,
        ),
      ).toBe(0);
    }
    const { rows: some } = await database.pool.query<{ n: number }>(
      'SELECT sum(deels_gegrond_count + recommendation_not_followed_count)::int AS n FROM outcome_month_theme',
    );
    expect(some[0]?.n).toBeGreaterThan(0);
  });

  it('should hold in the handling-time rollups the closed durations and open records of the facts', async () => {
    expect(
      await difference(
        database,
        `SELECT family, date_trunc('month', day)::date, municipality_code, domain_code, committee, extended, term_days,
                least(days, 366), count(*)::int, sum(record_key)::bigint
           FROM (${familyFacts}) f WHERE days IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
        `SELECT h.family, h.month, h.municipality_code, h.domain_code, h.committee, h.extended, h.term_days,
                u.duration_days, u.case_count, u.key_sum
           FROM handling_time_month_domain h
          CROSS JOIN LATERAL unnest(h.duration_days, h.duration_counts, h.duration_key_sums)
             AS u(duration_days, case_count, key_sum)`,
      ),
    ).toBe(0);
    expect(
      await difference(
        database,
        `SELECT family, day, municipality_code, import_id, domain_code, line,
                CASE WHEN family = 'klacht' THEN subject_organisation_id ELSE 0 END, committee, extended, term_days,
                count(*)::int, sum(record_key)::bigint
           FROM (${familyFacts}) f WHERE days IS NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
        `SELECT family, day, municipality_code, import_id, domain_code, line, subject_organisation_id, committee,
                extended, term_days, case_count, key_sum FROM handling_time_open_day`,
      ),
    ).toBe(0);
    expect(
      await difference(
        database,
        `SELECT family, day, municipality_code, import_id, domain_code, committee, extended, term_days,
                count(*)::int, sum(record_key)::bigint
           FROM (${familyFacts}) f WHERE days IS NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
        `SELECT family, day, municipality_code, import_id, domain_code, committee, extended, term_days, case_count,
                key_sum FROM handling_time_open_day_domain`,
      ),
    ).toBe(0);
    const { rows } = await database.pool.query<{ family: string }>(
      'SELECT DISTINCT family FROM handling_time_open_day_domain ORDER BY 1',
    );
    expect(rows.map((row) => row.family)).toEqual(['bezwaar', 'klacht']);
  });

  it('should hold in complaint_citizen_day the complaints per citizen, line, day and domain of the facts', async () => {
    // A citizen as the pseudonym's md5 and its perturbation key as the hash of municipality and pseudonym.
    expect(
      await difference(
        database,
        `SELECT municipality_code, line, received_on, domain_code, md5(subject_key)::uuid,
                hashtext(municipality_code || ':' || subject_key) & 255, count(*)::int FROM case_record
          WHERE kind = 'klacht' AND subject_key IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6`,
        'SELECT municipality_code, line, day, domain_code, citizen, citizen_key, case_count FROM complaint_citizen_day',
      ),
    ).toBe(0);
    const { rows } = await database.pool.query<{ n: number }>(
      'SELECT max(case_count)::int AS n FROM complaint_citizen_day',
    );
    // Several complaints of a citizen on one day and line are one cell.
    expect(rows[0]?.n).toBeGreaterThan(1);
  });

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
        `SELECT t.municipality_code, t.closed_month, t.domain_code, t.line, sum(u.n)::int,
                (coalesce(sum(u.n) FILTER (WHERE u.overrun <=
                   CASE WHEN t.has_source_term THEN 0 WHEN t.committee THEN ${committee} ELSE ${term} END
                   + least(t.extension_days, ${extension})), 0))::int
           FROM complaint_term_monthly t CROSS JOIN LATERAL unnest(t.overrun_days, t.overrun_counts) AS u(overrun, n)
          GROUP BY 1, 2, 3, 4`,
      );
      expect(diff).toBe(0);
    },
  );

  // The upgrades to histogram cells (migrations/0390-0392): the store as it was before (a row per cell and
  // bucket, its old columns) converted by the migration gives the cells a refresh writes.
  it.each([
    [
      '0390_handling_time_monthly_histograms.sql',
      'handling_time_monthly',
      'municipality_code, family, month, domain_code, line, subject_organisation_id, committee, extended, term_days',
      'duration',
    ],
    [
      '0391_handling_time_month_domain_histograms.sql',
      'handling_time_month_domain',
      'family, month, municipality_code, domain_code, committee, extended, term_days',
      'duration',
    ],
    [
      '0392_complaint_term_monthly_histograms.sql',
      'complaint_term_monthly',
      'closed_month, municipality_code, domain_code, line, has_source_term, committee, extension_days',
      'overrun',
    ],
  ])(
    'should convert the rows per bucket into cells at the upgrade %s',
    async (file, rollup, cell, bucket) => {
      await sql(`CREATE TEMP TABLE cells_written AS SELECT * FROM ${rollup}`);
      await sql(`CREATE TEMP TABLE rows_before AS
      SELECT ${cell}, u.bucket::integer AS ${bucket}_days, u.n AS case_count, u.k AS key_sum
        FROM ${rollup} CROSS JOIN LATERAL unnest(${bucket}_days, ${bucket}_counts, ${bucket}_key_sums) AS u(bucket, n, k)
       ORDER BY random()`);
      await sql(`DROP TABLE ${rollup}`);
      await sql(`CREATE TABLE ${rollup} AS SELECT * FROM rows_before`);
      await sql(await readFile(join(MIGRATIONS_DIR, file), 'utf8'));
      expect(await difference(database, `SELECT * FROM ${rollup}`, 'SELECT * FROM cells_written')).toBe(0);
      await sql('DROP TABLE cells_written, rows_before');
    },
  );

  it('should be filled at migration after the upgrades that added the monthly, case_month and narrow indicator rollups', async () => {
    const fill = await readFile(join(VIEWS_DIR, '9100_fill_empty_rollups.sql'), 'utf8');
    const full = await snapshot(database);
    await sql(`TRUNCATE ${ROLLUPS.join(', ')}`);
    await sql(fill);
    expect(await snapshot(database)).toEqual(full);
    // Each rollup of migrations/0300 alone (the upgrade to it finds only those empty).
    for (const rollup of NARROW_INDICATOR_ROLLUPS) {
      await sql(`TRUNCATE ${rollup}`);
      await sql(fill);
      expect({ rollup, rows: await snapshot(database) }).toEqual({ rollup, rows: full });
    }
  });

  it('should be filled at migration when empty while facts exist (the upgrade from materialized views)', async () => {
    const fill = await readFile(join(VIEWS_DIR, '9100_fill_empty_rollups.sql'), 'utf8');
    const full = await snapshot(database);
    await sql(`TRUNCATE ${ROLLUPS.join(', ')}`);
    await sql(fill);
    expect(await snapshot(database)).toEqual(full);
    // Filled rollups are left alone (no rebuild at every migration).
    await sql(`DELETE FROM outcome_month_theme WHERE family = 'bezwaar'`);
    await sql(fill);
    const { rows } = await database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outcome_month_theme WHERE family = 'bezwaar'`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
