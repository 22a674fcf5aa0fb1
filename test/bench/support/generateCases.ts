import { Pool } from 'pg';

/** The region the benchmark generates: ten municipalities of very different size. */
export const BENCH_MUNICIPALITIES = [
  ['GM9001', 'Grootstad', 230_000],
  ['GM9002', 'Rijnwijk', 125_000],
  ['GM9003', 'Veenhoven', 76_000],
  ['GM9004', 'Duinmond', 54_000],
  ['GM9005', 'Polderdam', 43_000],
  ['GM9006', 'Heidebeek', 36_000],
  ['GM9007', 'Lindenoord', 28_000],
  ['GM9008', 'Kreekzand', 22_000],
  ['GM9009', 'Molenveld', 17_000],
  ['GM9010', 'Waterhout', 12_000],
] as const;

export const BENCH_FIRST_DAY = '2020-01-01';
export const BENCH_LAST_DAY = '2025-12-31';

/** Municipalities, 15 organisations (10 municipal, 4 providers, 1 ombudsman), population, one import each. */
export async function insertReferenceRows(pool: Pool): Promise<void> {
  for (const [code, name, population] of BENCH_MUNICIPALITIES) {
    await pool.query(`INSERT INTO municipality (code, name, region) VALUES ($1, $2, 'Benchregio')`, [
      code,
      name,
    ]);
    await pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code) VALUES ($1, $2, 'gemeente', $3)`,
      [`${code}-GEM`, `Gemeente ${name}`, code],
    );
    await pool.query(
      `INSERT INTO municipality_population (municipality_code, year, population)
       SELECT $1, y, $2 FROM generate_series(2019, 2026) AS y`,
      [code, population],
    );
    await pool.query(
      `INSERT INTO import (municipality_code, file_name, sha256, profile, status)
       VALUES ($1, 'bench.csv', encode(sha256(convert_to($1::text, 'UTF8')), 'hex'), 'bench', 'succeeded')`,
      [code],
    );
  }
  for (const [code, name] of [
    ['ZORG-A', 'Zorggroep Noord'],
    ['ZORG-B', 'Thuishulp Plus'],
    ['ZORG-C', 'Jeugdformaat'],
    ['ZORG-D', 'Hulpmiddelen Direct'],
  ] as const) {
    await pool.query(`INSERT INTO organisation (code, name, kind) VALUES ($1, $2, 'aanbieder')`, [
      code,
      name,
    ]);
  }
  await pool.query(
    `INSERT INTO organisation (code, name, kind) VALUES ('OMB', 'Ombudsman Benchregio', 'ombudsman')`,
  );
}

/**
 * Rows `first..last` (1-based serials) of case_record, all in SQL. Distributions: municipality by
 * size (weighted), six years with growth and a summer dip, six domains, the ~40 themes of the
 * taxonomy with a long tail, 8 neighbourhoods, channels, lines with their organisations, outcomes
 * (still open: 'lopend'), closing times of days to months.
 */
export function caseRecordInsertSql(first: number, last: number): string {
  return `
WITH ref AS (
  SELECT (SELECT array_agg(code ORDER BY code) FROM municipality WHERE code LIKE 'GM90%') AS munis,
         (SELECT array_agg(id ORDER BY code) FROM organisation WHERE kind = 'gemeente') AS gem_orgs,
         (SELECT array_agg(id ORDER BY code) FROM organisation WHERE kind = 'aanbieder') AS providers,
         (SELECT id FROM organisation WHERE code = 'OMB') AS ombudsman,
         (SELECT array_agg(id ORDER BY municipality_code) FROM import WHERE profile = 'bench') AS imports,
         (SELECT array_agg(id ORDER BY sort_order, id) FROM theme) AS themes
),
r AS (
  SELECT n,
         -- municipality index 1..10, weighted towards the large ones (cumulative weights ~ population)
         CASE WHEN m < 0.35 THEN 1 WHEN m < 0.54 THEN 2 WHEN m < 0.66 THEN 3 WHEN m < 0.75 THEN 4
              WHEN m < 0.82 THEN 5 WHEN m < 0.88 THEN 6 WHEN m < 0.925 THEN 7 WHEN m < 0.96 THEN 8
              WHEN m < 0.985 THEN 9 ELSE 10 END AS mi,
         -- day offset: linear growth over six years
         floor(2191 * sqrt(random()))::integer AS day_offset,
         random() AS r_kind, random() AS r_domain, random() AS r_theme, random() AS r_line,
         random() AS r_channel, random() AS r_type, random() AS r_outcome, random() AS r_closed,
         random() AS r_nbh, random() AS r_subject
  FROM (SELECT n, random() AS m FROM generate_series(${first}::bigint, ${last}::bigint) AS n) s
),
c AS (
  SELECT r.*,
         CASE WHEN r_line < 0.45 THEN 'eerste_lijn_gemeente' WHEN r_line < 0.9 THEN 'eerste_lijn_aanbieder'
              ELSE 'tweede_lijn' END AS line,
         date '${BENCH_FIRST_DAY}' + day_offset AS received_on,
         CASE WHEN r_closed < 0.88 THEN 1 + floor(90 * r_closed * r_closed)::integer END AS days_open
  FROM r
)
INSERT INTO case_record (
  municipality_code, id, source_organisation_id, subject_organisation_id, external_id, kind, domain_code,
  theme_id, channel, complainant_type, line, route, received_on, acknowledged_on, closed_on, term_days,
  outcome, subject_key, neighbourhood_code, import_id)
SELECT ref.munis[mi],
       n,
       CASE line WHEN 'eerste_lijn_gemeente' THEN ref.gem_orgs[mi]
                 WHEN 'eerste_lijn_aanbieder' THEN ref.providers[1 + (n % 4)::integer]
                 ELSE ref.ombudsman END,
       CASE WHEN line = 'eerste_lijn_aanbieder' THEN ref.providers[1 + (n % 4)::integer]
            WHEN r_subject < 0.5 THEN ref.providers[1 + floor(r_subject * 8)::integer] END,
       'B' || n,
       CASE WHEN r_kind < 0.55 THEN 'klacht' WHEN r_kind < 0.75 THEN 'signaal' WHEN r_kind < 0.9 THEN 'melding'
            ELSE 'hulpvraag' END,
       CASE WHEN r_domain < 0.35 THEN 'wmo' WHEN r_domain < 0.6 THEN 'jeugd' WHEN r_domain < 0.8 THEN 'werk_inkomen'
            WHEN r_domain < 0.9 THEN 'schuldhulp' WHEN r_domain < 0.95 THEN 'inburgering' ELSE 'overig' END,
       CASE WHEN r_theme < 0.05 THEN NULL
            ELSE ref.themes[1 + floor(cardinality(ref.themes) * ((r_theme - 0.05) / 0.95) ^ 2)::integer] END,
       CASE WHEN r_channel < 0.35 THEN 'telefoon' WHEN r_channel < 0.6 THEN 'email'
            WHEN r_channel < 0.8 THEN 'webformulier' WHEN r_channel < 0.9 THEN 'balie' WHEN r_channel < 0.97 THEN 'brief'
            ELSE 'sociale_media' END,
       CASE WHEN r_type < 0.7 THEN 'inwoner' WHEN r_type < 0.82 THEN 'mantelzorger'
            WHEN r_type < 0.92 THEN 'vertegenwoordiger' WHEN r_type < 0.97 THEN 'professional' ELSE 'onbekend' END,
       line,
       CASE WHEN r_line < 0.3 THEN 'informeel' WHEN r_line < 0.8 THEN 'formeel' WHEN r_line < 0.9 THEN 'bemiddeling'
            ELSE 'onbekend' END,
       received_on,
       received_on + 2,
       received_on + days_open,
       42,
       CASE WHEN days_open IS NULL THEN 'lopend'
            WHEN r_outcome < 0.18 THEN 'gegrond' WHEN r_outcome < 0.3 THEN 'deels_gegrond'
            WHEN r_outcome < 0.5 THEN 'ongegrond' WHEN r_outcome < 0.55 THEN 'niet_ontvankelijk'
            WHEN r_outcome < 0.62 THEN 'ingetrokken' WHEN r_outcome < 0.85 THEN 'opgelost'
            WHEN r_outcome < 0.93 THEN 'doorverwezen' WHEN r_outcome < 0.96 THEN 'interventie' ELSE 'onbekend' END,
       -- Shaped like the ETL's pseudonyms (an HMAC in 64 hexadecimal characters, etl/src/privacy/pseudonym.ts).
       encode(sha256(convert_to('k' || (n % 3000000), 'UTF8')), 'hex'),
       CASE WHEN r_nbh < 0.1 THEN NULL ELSE 'BU' || substr(ref.munis[mi], 3) || '0' || floor(r_nbh * 8 + 0.2)::integer END,
       ref.imports[mi]
FROM c CROSS JOIN ref`;
}

/**
 * Fills case_record with `total` rows: secondary indexes are dropped first and rebuilt afterwards
 * (same definitions, read from pg_indexes), foreign-key triggers are skipped for the load
 * (session_replication_role = replica: the generator only uses existing keys), and chunks run on
 * `parallel` connections at once.
 */
export async function generateCases(
  pool: Pool,
  total: number,
  options: { chunk?: number; parallel?: number; log?: (message: string) => void } = {},
): Promise<void> {
  const chunk = options.chunk ?? 500_000;
  const parallel = options.parallel ?? 2;
  const log = options.log ?? (() => undefined);
  const { rows: indexes } = await pool.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = 'case_record'
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  for (const index of indexes) await pool.query(`DROP INDEX ${index.indexname}`);
  const starts: number[] = [];
  for (let first = 1; first <= total; first += chunk) starts.push(first);
  let done = 0;
  const worker = async (): Promise<void> => {
    const client = await pool.connect();
    try {
      await client.query(`SET session_replication_role = replica`);
      await client.query(`SET synchronous_commit = off`);
      for (let first = starts.shift(); first !== undefined; first = starts.shift()) {
        await client.query(caseRecordInsertSql(first, Math.min(total, first + chunk - 1)));
        done += Math.min(chunk, total - first + 1);
        log(`  ${done.toLocaleString('nl-NL')} / ${total.toLocaleString('nl-NL')} rijen`);
      }
    } finally {
      await client.query(`RESET session_replication_role`).catch(() => undefined);
      client.release();
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  await pool.query(`SELECT setval(pg_get_serial_sequence('case_record', 'id'), $1)`, [total]);
  const builders = Array.from({ length: parallel }, async () => {
    const client = await pool.connect();
    try {
      await client.query(`SET maintenance_work_mem = '512MB'`);
      for (let index = indexes.shift(); index; index = indexes.shift()) {
        log(`  index ${index.indexname}`);
        await client.query(index.indexdef);
      }
    } finally {
      client.release();
    }
  });
  await Promise.all(builders);
}
