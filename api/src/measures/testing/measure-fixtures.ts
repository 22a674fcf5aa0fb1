import { Pool } from 'pg';

/**
 * Leerstad (GM0001, 50,000 inhabitants) with `perMonth(month)` complaints on the theme `wachttijd`
 * in every month from `from` to `to` (first days of months), rollups refreshed.
 */
export async function seedMonthlyComplaints(
  pool: Pool,
  months: { from: string; to: string },
  perMonth: (monthStart: string) => number,
): Promise<void> {
  await pool.query(
    `INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad') ON CONFLICT DO NOTHING`,
  );
  await pool.query(
    `INSERT INTO municipality_population (municipality_code, year, population)
     SELECT 'GM0001', y, 50000 FROM generate_series(2020, 2030) AS y ON CONFLICT DO NOTHING`,
  );
  await pool.query(
    `INSERT INTO organisation (code, name, kind) VALUES ('gemeente', 'Gemeente', 'gemeente') ON CONFLICT DO NOTHING`,
  );
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO import (municipality_code, file_name, sha256, profile)
     VALUES ('GM0001', 'maatregel.csv', md5(random()::text) || md5(random()::text), 't') RETURNING id`,
  );
  const importId = rows[0]?.id;
  const { rows: monthRows } = await pool.query<{ month: string }>(
    `SELECT m::date::text AS month FROM generate_series($1::date, $2::date, interval '1 month') AS m`,
    [months.from, months.to],
  );
  for (const { month } of monthRows) {
    await pool.query(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code,
         theme_id, line, received_on, import_id)
       SELECT 'GM0001', (SELECT id FROM organisation WHERE code = 'gemeente'), $1 || '-' || n || '-' || $4,
              'klacht', 'jeugd', (SELECT id FROM theme WHERE code = 'wachttijd'), 'eerste_lijn_gemeente',
              $1::date + (n % 28), $3
         FROM generate_series(1, $2::integer) AS n`,
      [month, perMonth(month), importId, importId],
    );
  }
  await pool.query('SELECT * FROM refresh_rollups()');
}
