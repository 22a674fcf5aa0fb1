import { withTransaction } from '@leerlus/sql';
import { Pool } from 'pg';
import { publishedFromFacts } from '../../disclosure/testing/published-from-facts';
import { seedLeerstad } from '../../testing/leerstad';

/** A dashboard question the answer-cache tests ask: complaints per domain. */
export const METRICS = `query ($query: MetricsQueryInput!) {
  metrics(query: $query) { rows { dimensions { code } values { value suppressed } } }
}`;

export interface MetricsData {
  metrics: { rows: { dimensions: { code: string }[]; values: { value: number | null }[] }[] };
}

/** The variables of METRICS: complaints per domain received from `from` to `to`. */
export const metricsQuestion = (from: string, to: string): { query: Record<string, unknown> } => ({
  query: { measures: ['caseCount'], dimensions: ['domain'], dateRange: { from, to } },
});

/** The answer as domain -> count (null when suppressed). */
export const counts = (data: MetricsData | undefined): Record<string, number | null> =>
  Object.fromEntries(
    (data?.metrics.rows ?? []).map((row): [string, number | null] => [
      row.dimensions[0]?.code ?? '',
      row.values[0]?.value ?? null,
    ]),
  );

/**
 * What the council must get for METRICS over May 2025: per domain the perturbation table applied to
 * the count and record keys of the facts (api/src/disclosure), null when suppressed; a domain
 * published as 0 has no row.
 */
export async function councilCounts(pool: Pool): Promise<Record<string, number | null>> {
  const published = await publishedFromFacts(
    pool,
    `SELECT domain_code AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
      WHERE received_on BETWEEN '2025-05-01' AND '2025-05-31' GROUP BY 1`,
  );
  return Object.fromEntries(
    [...published].filter(([, count]) => count.value !== 0).map(([domain, count]) => [domain, count.value]),
  );
}

/** One municipality (GM0001), its organisation and an import, for addCases. */
export async function seedMunicipality(pool: Pool): Promise<void> {
  await seedLeerstad(pool, 'd'.repeat(64));
}

/**
 * `count` complaints in `domain` received 2025-05-10, committed with their rollups in one transaction:
 * one data change, one notification.
 */
export async function addCases(pool: Pool, domain: string, count: number, prefix: string): Promise<void> {
  await withTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         received_on, import_id)
       SELECT 'GM0001', (SELECT id FROM organisation), $3 || n, 'klacht', $1, 'tweede_lijn', '2025-05-10',
              (SELECT id FROM import)
         FROM generate_series(1, $2::integer) AS n`,
      [domain, count, prefix],
    );
    await client.query(`SELECT * FROM refresh_rollups('GM0001', '2025-05-01', '2025-05-31')`);
  });
}
