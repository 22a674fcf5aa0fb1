import { createTestDatabase } from '@leerlus/sql/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/**
 * Demo-like facts for the tests that compare the monthly rollups with the day-grain rollups and the
 * facts: two municipalities, 2024–2025, every kind, domain, line, route and outcome, themes including
 * wachttijd and its subthemes, open and closed records (some closed after more than a year), terms
 * from the source, committees and extensions with and without a number of days, and objections.
 * Deterministic, so a failing comparison can be reproduced. Ends with a full refresh_rollups().
 */
export async function seedRollupFacts(pool: Pool, cases = 4000, objections = 600): Promise<void> {
  await pool.query(
    `INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad'), ('GM0002', 'Klachtdorp')`,
  );
  await pool.query(
    `INSERT INTO organisation (code, name, kind, municipality_code) VALUES
       ('GEM1', 'Gemeente Leerstad', 'gemeente', 'GM0001'), ('GEM2', 'Gemeente Klachtdorp', 'gemeente', 'GM0002'),
       ('ZORG-A', 'Zorg A', 'aanbieder', NULL), ('ZORG-B', 'Zorg B', 'aanbieder', NULL),
       ('NO', 'Nationale ombudsman', 'ombudsman', NULL)`,
  );
  await pool.query(
    `INSERT INTO import (municipality_code, file_name, sha256, profile, status, finished_at)
     SELECT code, 'fixture.csv', repeat(right(code, 1), 64), 'test', 'succeeded', '2025-07-01T10:00:00Z'
       FROM municipality`,
  );
  await pool.query(
    `WITH ref AS (
       SELECT (SELECT array_agg(id ORDER BY sort_order, id) FROM theme) AS themes,
              (SELECT array_agg(id ORDER BY code) FROM organisation WHERE kind = 'aanbieder') AS providers,
              (SELECT id FROM organisation WHERE code = 'NO') AS ombudsman
     ), r AS (
       SELECT n, CASE WHEN n % 3 = 0 THEN 'GM0002' ELSE 'GM0001' END AS municipality,
              (ARRAY['eerste_lijn_gemeente', 'eerste_lijn_aanbieder', 'tweede_lijn'])[1 + n % 7 % 3] AS line,
              date '2024-01-01' + (n * 37) % 731 AS received,
              CASE WHEN n % 10 = 4 THEN NULL WHEN n % 41 = 0 THEN 380 + n % 30 ELSE (n * 13) % 120 END AS days
         FROM generate_series(1, $1::integer) AS n
     )
     INSERT INTO case_record (municipality_code, source_organisation_id, subject_organisation_id, external_id, kind,
       domain_code, theme_id, line, route, received_on, closed_on, term_days, extended, extension_days,
       external_committee, outcome, recommendation_made, recommendation_followed, import_id)
     SELECT r.municipality,
            CASE r.line WHEN 'eerste_lijn_gemeente' THEN (SELECT id FROM organisation WHERE municipality_code = r.municipality)
                        WHEN 'eerste_lijn_aanbieder' THEN ref.providers[1 + n % 2] ELSE ref.ombudsman END,
            CASE WHEN r.line = 'eerste_lijn_aanbieder' THEN ref.providers[1 + n % 2]
                 WHEN n % 5 = 0 THEN ref.providers[1 + n % 2] END,
            'c' || n,
            (ARRAY['klacht', 'klacht', 'klacht', 'signaal', 'melding', 'hulpvraag'])[1 + n % 6],
            (ARRAY['wmo', 'jeugd', 'werk_inkomen', 'schuldhulp', 'inburgering', 'overig'])[1 + n % 11 % 6],
            CASE WHEN n % 13 = 0 THEN NULL ELSE ref.themes[1 + (n * 7) % cardinality(ref.themes)] END,
            r.line,
            (ARRAY['informeel', 'formeel', 'bemiddeling', 'onbekend'])[1 + n % 4],
            r.received,
            r.received + r.days,
            CASE WHEN n % 10 = 0 THEN 14 + n % 60 END,
            n % 6 = 1,
            CASE WHEN n % 6 = 1 AND n % 4 <> 1 THEN n % 40 END,
            n % 8 = 3,
            CASE WHEN r.days IS NULL THEN 'lopend'
                 ELSE (ARRAY['gegrond', 'deels_gegrond', 'ongegrond', 'opgelost', 'ingetrokken', 'onbekend'])[1 + n % 17 % 6] END,
            CASE WHEN r.line = 'tweede_lijn' THEN n % 2 = 0 END,
            CASE WHEN r.line = 'tweede_lijn' AND n % 2 = 0 THEN n % 3 <> 0 END,
            (SELECT id FROM import WHERE municipality_code = r.municipality)
       FROM r CROSS JOIN ref`,
    [cases],
  );
  await pool.query(
    `INSERT INTO objection_decision (municipality_code, source_organisation_id, external_id, law, domain_code,
       theme_id, objection_received_on, decided_on, advisory_committee, extended, outcome, import_id)
     SELECT m, (SELECT id FROM organisation WHERE municipality_code = m), 'o' || n,
            (ARRAY['Wmo 2015', 'Jeugdwet', 'Participatiewet'])[1 + n % 3],
            (ARRAY['wmo', 'jeugd', 'werk_inkomen'])[1 + n % 3],
            CASE WHEN n % 4 = 0 THEN (SELECT min(id) FROM theme) END,
            date '2024-01-01' + (n * 29) % 731,
            CASE WHEN n % 7 <> 0 THEN date '2024-01-01' + (n * 29) % 731 + (n * 11) % 150 END,
            n % 5 = 0, n % 9 = 0,
            CASE WHEN n % 7 = 0 THEN 'lopend'
                 ELSE (ARRAY['gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk', 'ingetrokken'])[1 + n % 5] END,
            (SELECT id FROM import WHERE municipality_code = m)
       FROM generate_series(1, $1::integer) AS n,
            LATERAL (SELECT CASE WHEN n % 3 = 0 THEN 'GM0002' ELSE 'GM0001' END AS m) mm`,
    [objections],
  );
  // Complaints closed one day before, on and one day after the Awb 9:11 term (42 days, 70 with a
  // committee, a term from the source, extensions of 10, 28 and (capped to 28) 40 days or unknown),
  // so a comparison of the term rule fails when the rule is off by a day anywhere.
  await pool.query(
    `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
       received_on, closed_on, term_days, extended, extension_days, external_committee, outcome, import_id)
     SELECT 'GM0001', (SELECT id FROM organisation WHERE code = 'GEM1'), 'tb' || row_number() OVER (), 'klacht',
            'jeugd', 'eerste_lijn_gemeente', date '2025-02-03',
            date '2025-02-03' + coalesce(t.term, CASE WHEN c.committee THEN 70 ELSE 42 END)
              + CASE WHEN e.extended THEN least(coalesce(e.days, 28), 28) ELSE 0 END + o.offset_days,
            t.term, e.extended, e.days, c.committee, 'ongegrond', (SELECT id FROM import WHERE municipality_code = 'GM0001')
       FROM (VALUES (false), (true)) AS c(committee),
            (VALUES (NULL::integer), (30)) AS t(term),
            (VALUES (false, NULL::integer), (true, NULL), (true, 10), (true, 28), (true, 40)) AS e(extended, days),
            generate_series(-1, 1) AS o(offset_days)`,
  );
  await pool.query('SELECT * FROM refresh_rollups()');
}

export interface RollupFactsDatabase {
  /** For the repositories under test. */
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A fresh database holding seedRollupFacts, for the specs that compare the grains of a repository. */
export async function openRollupFacts(): Promise<RollupFactsDatabase> {
  const database = await createTestDatabase();
  try {
    await seedRollupFacts(database.pool);
    const dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    return {
      dataSource,
      close: async () => {
        await dataSource.destroy();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** Rows in a stable order, to compare the answers of two grains. */
export const sortedRows = <T>(rows: T[]): T[] =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
