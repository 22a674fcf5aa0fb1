import { withTransaction } from '@leerlus/sql';
import type { Pool, PoolClient } from 'pg';
import { isAbsolute, join } from 'node:path';
import { importFile, refreshDerivedData, type ImportSummary } from '../../import-file';
import { type LoadedProfile, loadProfile, profileVersion } from '../../profiles/profile.loader';
import { DEMO_REGION, DEMO_NEIGHBOURS, type DemoNeighbour } from './neighbours';
import { generateNeighbourExports } from './neighbourExports';

/**
 * Lusdonk's neighbours in Regio Lusland: each municipality with its inhabitants and its own
 * organisation, then its complaints export imported with the gemeente-klachten profile set to that
 * organisation (as each municipality would keep its own copy of the profile). Returns the imports.
 */
export async function loadDemoRegion(
  pool: Pool,
  options: { dataDir: string; records: number; seed: number; log: (message: string) => void },
): Promise<ImportSummary[]> {
  const started = Date.now();
  const imports: ImportSummary[] = [];
  const base = await loadProfile('gemeente-klachten');
  for (const neighbour of DEMO_NEIGHBOURS) {
    await withTransaction(pool, (client) => seedNeighbour(client, neighbour));
    const outDir = join(options.dataDir, 'demo', 'regio', neighbour.slug);
    const files = await generateNeighbourExports(outDir, neighbour, options);
    for (const item of files) {
      const summary = await importFile(pool, {
        file: isAbsolute(item.file) ? item.file : join(outDir, item.file),
        profile: profileFor(base, neighbour),
        municipalityCode: neighbour.code,
        startedBy: 'demo',
        dataDir: options.dataDir,
        log: options.log,
        deferRefresh: true,
      });
      imports.push(summary);
      options.log(
        `Demo ${neighbour.name}: ${summary.status}, ${summary.rowsInserted} nieuw, ${summary.rowsRejected} afgewezen` +
          (summary.message ? ` (${summary.message})` : ''),
      );
    }
    await refreshDerivedData(pool, neighbour.code);
  }
  // The demo region takes part in the regional comparison; a real installation opts in on the Gemeenten page.
  await pool.query('UPDATE municipality SET regional_comparison = true WHERE region = $1', [DEMO_REGION]);
  options.log(`Demo: ${DEMO_REGION} geladen in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return imports;
}

export const neighbourOrganisation = (neighbour: DemoNeighbour): string => `gemeente-${neighbour.slug}`;

function profileFor(base: LoadedProfile, neighbour: DemoNeighbour): LoadedProfile {
  const own = { default: neighbourOrganisation(neighbour) };
  const fields = {
    ...base.fields,
    source_organisation: { ...base.fields.source_organisation, ...own },
    subject_organisation: { ...base.fields.subject_organisation, ...own },
  };
  const profile = { ...base, fields };
  return { ...profile, version: profileVersion(profile) };
}

async function seedNeighbour(client: PoolClient, neighbour: DemoNeighbour): Promise<void> {
  await client.query(
    `INSERT INTO municipality (code, name, region, province) VALUES ($1, $2, $3, 'Gelderland')
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, region = EXCLUDED.region`,
    [neighbour.code, neighbour.name, DEMO_REGION],
  );
  await client.query(
    `INSERT INTO municipality_population (municipality_code, year, population)
     SELECT $1, * FROM unnest($2::int[], $3::int[])
     ON CONFLICT (municipality_code, year) DO UPDATE SET population = EXCLUDED.population`,
    [
      neighbour.code,
      neighbour.population.map((row) => row.year),
      neighbour.population.map((row) => row.population),
    ],
  );
  await client.query(
    `INSERT INTO organisation (code, name, kind, municipality_code) VALUES ($1, $2, 'gemeente', $3)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, municipality_code = EXCLUDED.municipality_code`,
    [neighbourOrganisation(neighbour), `Gemeente ${neighbour.name}`, neighbour.code],
  );
}
