import type { PoolClient } from 'pg';
import type { TargetImporter } from '../importers/importer';
import type { OrganisationResolver } from '../load/organisations';

/**
 * Creates the organisations the staged rows refer to that did not exist yet (profile
 * `createOrganisations`) and replaces their provisional negative ids in the staging table.
 */
export async function createStagedOrganisations(
  client: PoolClient,
  municipalityCode: string,
  organisations: OrganisationResolver,
  importer: TargetImporter,
): Promise<{ code: string; name: string }[]> {
  const used = new Set<number>();
  for (const column of importer.organisationColumns) {
    const { rows } = await client.query<{ id: number }>(
      `SELECT DISTINCT ${column} AS id FROM ${importer.staging} WHERE reject_reason IS NULL AND ${column} < 0`,
    );
    rows.forEach((row) => used.add(row.id));
  }
  const created = await organisations.createPending(client, municipalityCode, used);
  if (created.ids.size > 0) {
    const tmp = [...created.ids.keys()];
    const real = [...created.ids.values()];
    for (const column of importer.organisationColumns) {
      await client.query(
        `UPDATE ${importer.staging} s SET ${column} = m.id FROM unnest($1::int[], $2::int[]) AS m(tmp, id)
         WHERE s.${column} = m.tmp`,
        [tmp, real],
      );
    }
  }
  return created.created;
}

/** The staged rejected rows into rejected_row; the number stored. */
export async function storeRejectedRows(
  client: PoolClient,
  importId: string,
  importer: TargetImporter,
): Promise<number> {
  const rejected = await client.query(
    `INSERT INTO rejected_row (import_id, row_number, column_name, value, reason, raw)
     SELECT $1, row_number, reject_column, reject_value, reject_reason, raw
     FROM ${importer.staging} WHERE reject_reason IS NOT NULL ORDER BY row_number`,
    [importId],
  );
  return rejected.rowCount ?? 0;
}

/**
 * Fresh planner statistics once a merge changed a sizeable part of a table, or of the municipality's rows
 * in it. Autovacuum only analyzes after the commit (and on a large table only after a tenth of it
 * changed), but the rollup and signal refreshes run inside this transaction: with the old statistics the
 * planner may think case_record, or the municipality's part of it, is nearly empty and pick nested loops
 * over CTEs that turn quadratic (measured: refresh_signals 7 s for 5,000 new rows, 23 s for 10,000; and a
 * municipality's first 50,000 rows in a 10 M database, which its statistics did not know: 12.7 CPU s
 * instead of 0.6). ANALYZE samples at most 30,000 rows and counts this transaction's own new rows.
 * `share`: the part of a table's rows that must have changed. Returns whether a table was analyzed.
 */
export async function analyzeAfterBigChange(
  client: PoolClient,
  tables: readonly string[],
  changed: number,
  municipalityCode: string,
  share = 0.1,
): Promise<boolean> {
  if (changed < 500) return false;
  // Without the free texts and the search vector: sampling those cost more than the rest together
  // and the refreshes that follow never filter on them (autovacuum analyzes them after the commit).
  const { rows } = await client.query<{
    relname: string;
    reltuples: number;
    columns: string;
    per_municipality: boolean;
  }>(
    `SELECT c.relname, c.reltuples::float8 AS reltuples,
            string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS columns,
            bool_or(a.attname = 'municipality_code') AS per_municipality
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE c.oid = ANY($1::text[]::regclass[])
       AND a.atttypid <> 'tsvector'::regtype AND right(a.attname, 9) <> '_redacted'
     GROUP BY c.relname, c.reltuples`,
    [tables],
  );
  let analyzed = false;
  for (const { relname, reltuples, columns, per_municipality } of rows) {
    // reltuples is -1 for a table that was never analyzed.
    const stale =
      reltuples < 0 ||
      changed > reltuples * share ||
      (per_municipality && changed > (await estimatedRows(client, relname, municipalityCode)) * share);
    if (stale) await client.query(`ANALYZE ${relname} (${columns})`);
    analyzed ||= stale;
  }
  return analyzed;
}

/** The planner's estimate of a municipality's rows in a table, from the statistics it has. */
async function estimatedRows(client: PoolClient, table: string, municipalityCode: string): Promise<number> {
  const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM ${table} WHERE municipality_code = ${client.escapeLiteral(municipalityCode)}`,
  );
  return rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
}
