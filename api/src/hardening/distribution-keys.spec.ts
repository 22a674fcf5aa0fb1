import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';

/**
 * docs/scaling.md: on a distributed PostgreSQL (Citus) every fact table is distributed by
 * municipality_code. Citus can only enforce a primary key, unique key or foreign key between
 * distributed tables when it contains the distribution column, so this checks the migrated schema.
 * Fact tables: every table with a NOT NULL municipality_code that is not a reference table below.
 */
const REFERENCE_TABLES = [
  'municipality',
  'municipality_population',
  'domain',
  'theme',
  'organisation',
  'contract',
  'import',
  'app_user',
  'signal_rule',
  // Per-user settings like app_user (0130): replicated, not distributed.
  'signal_subscription',
  // Small reference data per municipality, like contract (0150 client counts, 0180 handling norms).
  'client_count',
  'handling_norm',
  // CBS wijk/buurt boundaries (0220): a lookup join of the aggregates by neighbourhood code, replicated.
  'neighbourhood_boundary',
];
const EXPECTED_FACT_TABLES = [
  'case_record',
  'case_theme',
  'objection_decision',
  'provider_report',
  'provider_report_line',
];

describe('distribution keys (Citus readiness)', () => {
  let database: TestDatabase;
  let factTables: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    const { rows } = await database.pool.query<{ table: string }>(
      `SELECT c.relname AS table
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'municipality_code' AND a.attnotnull
        WHERE c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($1::text[]))
        ORDER BY 1`,
      [REFERENCE_TABLES],
    );
    factTables = rows.map((row) => row.table);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('should find the fact tables', () => {
    expect(factTables).toEqual(expect.arrayContaining(EXPECTED_FACT_TABLES));
  });

  it('should have municipality_code in every primary key and unique key of a fact table', async () => {
    const { rows } = await database.pool.query<{ table: string; index: string; columns: string[] }>(
      `SELECT t.relname AS table, i.relname AS index,
              array(SELECT a.attname::text FROM unnest(x.indkey) AS k(attnum)
                      JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum) AS columns
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indisunique AND t.relname = ANY($1::text[])
        ORDER BY 1, 2`,
      [factTables],
    );
    expect(rows.length).toBeGreaterThanOrEqual(factTables.length);
    const without = rows.filter((row) => !row.columns.includes('municipality_code'));
    expect(without.map((row) => `${row.table}.${row.index}`)).toEqual([]);
  });

  it('should join fact tables to each other only on municipality_code (co-location)', async () => {
    const { rows } = await database.pool.query<{ name: string; pairs: string[] }>(
      `SELECT con.conname AS name,
              array(SELECT fa.attname::text || '=' || pa.attname::text
                      FROM unnest(con.conkey, con.confkey) AS k(fk, pk)
                      JOIN pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.fk
                      JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.pk) AS pairs
         FROM pg_constraint con
        WHERE con.contype = 'f'
          AND con.conrelid::regclass::text = ANY($1::text[])
          AND con.confrelid::regclass::text = ANY($1::text[])`,
      [factTables],
    );
    expect(rows.length).toBeGreaterThan(0);
    const notColocated = rows.filter((row) => !row.pairs.includes('municipality_code=municipality_code'));
    expect(notColocated.map((row) => row.name)).toEqual([]);
  });

  it('should refer from fact tables to other tables only if those are reference tables', async () => {
    const { rows } = await database.pool.query<{ name: string; target: string }>(
      `SELECT con.conname AS name, con.confrelid::regclass::text AS target
         FROM pg_constraint con
        WHERE con.contype = 'f' AND con.conrelid::regclass::text = ANY($1::text[])
          AND NOT (con.confrelid::regclass::text = ANY($1::text[]))`,
      [factTables],
    );
    expect(rows.filter((row) => !REFERENCE_TABLES.includes(row.target))).toEqual([]);
  });
});
