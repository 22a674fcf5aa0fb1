import type { Pool } from 'pg';

export interface RegionalMunicipality {
  code: string;
  name: string;
  region: string;
  participates: boolean;
  inhabitants: number;
}

/** The municipalities with their region, participation and inhabitants in 2025 (upserted). */
export async function seedRegion(pool: Pool, municipalities: readonly RegionalMunicipality[]): Promise<void> {
  for (const m of municipalities) {
    await pool.query(
      `INSERT INTO municipality (code, name, region, regional_comparison) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = $2, region = $3, regional_comparison = $4`,
      [m.code, m.name, m.region, m.participates],
    );
    await pool.query(
      `INSERT INTO municipality_population (municipality_code, year, population) VALUES ($1, 2025, $2)`,
      [m.code, m.inhabitants],
    );
  }
}

/** `count` formal complaints in `domain` received on 2025-03-03 by the municipality's GEM source. */
export async function insertRegionalComplaints(
  pool: Pool,
  municipality: string,
  domain: string,
  count: number,
): Promise<void> {
  await pool.query(
    `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
       route, received_on, outcome, import_id)
     SELECT $1, (SELECT id FROM organisation WHERE code = 'GEM'), $1 || '-' || $2 || '-' || g, 'klacht', $2,
            'eerste_lijn_gemeente', 'formeel', '2025-03-03', 'onbekend', (SELECT min(id) FROM import)
       FROM generate_series(1, $3::int) AS g`,
    [municipality, domain, count],
  );
}
