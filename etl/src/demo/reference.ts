import { withTransaction } from '@leerlus/sql';
import type { Pool, PoolClient } from 'pg';
import {
  CONTRACTED_PROVIDERS,
  DEMO_MUNICIPALITY,
  DEMO_ORGANISATIONS,
  DEMO_POPULATION,
} from './data/organisations';
import { importBoundaries } from '../boundaries/import-boundaries';
import { demoBoundaries } from './data/boundaries';
import { demoClientCounts } from './data/clientCounts';

export const DEMO_BOUNDARY_FILE = 'lusdonk-wijken.geojson';

/**
 * Inserts the reference data of the fictional demo municipality Lusdonk (GM9901): the municipality,
 * its population and client counts per year, its own organisation, the contracted providers and
 * joint arrangements (with one contract per provider and domain), the clients per domain and provider
 * per year (what the client_count import target loads for a real municipality), the regional ombudsman
 * and the wijk boundaries for the neighbourhood map.
 * Idempotent: running it again updates names and adds nothing twice. The organisation codes are the
 * ones the demo exports and the source profiles use.
 */
export async function seedDemoReference(pool: Pool): Promise<{ municipalityCode: string }> {
  await withTransaction(pool, seed);
  // The wijk boundaries go through the same import as a municipality's CBS file.
  await importBoundaries(pool, DEMO_MUNICIPALITY.code, JSON.stringify(demoBoundaries()), DEMO_BOUNDARY_FILE, {
    username: 'demo',
  });
  return { municipalityCode: DEMO_MUNICIPALITY.code };
}

async function seed(client: PoolClient): Promise<void> {
  const municipality = DEMO_MUNICIPALITY;
  await client.query(
    `INSERT INTO municipality (code, name, region, province) VALUES ($1, $2, $3, $4)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region,
       province = EXCLUDED.province`,
    [municipality.code, municipality.name, municipality.region, municipality.province],
  );
  await client.query(
    `INSERT INTO municipality_population (municipality_code, year, population, clients)
     SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[])
     ON CONFLICT (municipality_code, year) DO UPDATE SET population = EXCLUDED.population,
       clients = EXCLUDED.clients`,
    [
      municipality.code,
      DEMO_POPULATION.map((row) => row.year),
      DEMO_POPULATION.map((row) => row.population),
      DEMO_POPULATION.map((row) => row.clients),
    ],
  );
  await client.query(
    `INSERT INTO organisation (code, name, kind, municipality_code)
     SELECT code, name, kind, $1 FROM unnest($2::text[], $3::text[], $4::text[]) AS o(code, name, kind)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
       municipality_code = EXCLUDED.municipality_code`,
    [
      municipality.code,
      DEMO_ORGANISATIONS.map((organisation) => organisation.code),
      DEMO_ORGANISATIONS.map((organisation) => organisation.name),
      DEMO_ORGANISATIONS.map((organisation) => organisation.kind),
    ],
  );
  const contracts = CONTRACTED_PROVIDERS.flatMap((provider) =>
    provider.domains.map((domain) => ({
      code: provider.code,
      domain,
      reference: provider.contractReference,
      startsOn: provider.contractStart,
    })),
  );
  // contract has no natural key: insert only what is not there yet (same provider, domain and start).
  await client.query(
    `INSERT INTO contract (municipality_code, organisation_id, domain_code, reference, starts_on,
       half_year_report_required)
     SELECT $1, o.id, c.domain, c.reference, c.starts_on, true
     FROM unnest($2::text[], $3::text[], $4::text[], $5::date[]) AS c(code, domain, reference, starts_on)
     JOIN organisation o ON o.code = c.code
     WHERE NOT EXISTS (
       SELECT 1 FROM contract existing
       WHERE existing.municipality_code = $1 AND existing.organisation_id = o.id
         AND existing.domain_code = c.domain AND existing.starts_on = c.starts_on
     )`,
    [
      municipality.code,
      contracts.map((contract) => contract.code),
      contracts.map((contract) => contract.domain),
      contracts.map((contract) => contract.reference),
      contracts.map((contract) => contract.startsOn),
    ],
  );
  const counts = demoClientCounts();
  await client.query(
    `INSERT INTO client_count (municipality_code, domain_code, organisation_id, year, clients)
     SELECT $1, c.domain, o.id, c.year, c.clients
     FROM unnest($2::int[], $3::text[], $4::text[], $5::int[]) AS c(year, domain, provider, clients)
     LEFT JOIN organisation o ON o.code = c.provider
     ON CONFLICT (municipality_code, domain_code, coalesce(organisation_id, 0), year)
     DO UPDATE SET clients = EXCLUDED.clients`,
    [
      municipality.code,
      counts.map((count) => count.year),
      counts.map((count) => count.domain),
      counts.map((count) => count.provider),
      counts.map((count) => count.clients),
    ],
  );
}
