import { mkdir } from 'node:fs/promises';
import { DEMO_PERIOD } from '../plan';
import { ExportContext, type GeneratedFile } from '../export/exportContext';
import { writeGemeenteExports } from '../export/gemeenteExport';
import { MUNICIPAL_THEMES } from '../data/weights';
import { municipalCase } from '../world/cases';
import { createDemoWorld } from '../world/demoWorld';
import { drawMunicipalDomain, drawProviderFor } from '../world/draws';
import { type DemoNeighbour, LUSDONK_INHABITANTS } from './neighbours';

/** The neighbours joined Leerlus later: their exports start here. */
export const NEIGHBOUR_DATA_FROM = '2024-01-01';

/**
 * Complaints drawn over the whole demo period per demo record of Lusdonk, at Lusdonk's size and rate;
 * about half fall before NEIGHBOUR_DATA_FROM and are left out. Tuned so that the neighbours' complaints
 * per 1,000 inhabitants lie near Lusdonk's (docs/regional-comparison.md).
 */
const COMPLAINTS_PER_RECORD = 0.8;

/**
 * One neighbour's municipal complaints export (gemeente-<slug>-klachten-2024-2026.csv, the format of
 * gemeente-klachten): complaints only, no neighbourhood codes (the neighbours' boundaries are not
 * shipped), deterministic for the seed and independent of Lusdonk's own files.
 */
export async function generateNeighbourExports(
  outDir: string,
  neighbour: DemoNeighbour,
  options: { records: number; seed: number },
): Promise<GeneratedFile[]> {
  const inhabitants = neighbour.population[neighbour.population.length - 1]?.population ?? 0;
  const drawn = Math.round(
    options.records * COMPLAINTS_PER_RECORD * (inhabitants / LUSDONK_INHABITANTS) * neighbour.complaintRate,
  );
  const seed = `${options.seed}:${neighbour.slug}`;
  const world = createDemoWorld(drawn, seed);
  for (let i = 0; i < drawn; i++) {
    const received = world.days.sample(world.random);
    if (received < NEIGHBOUR_DATA_FROM || received > DEMO_PERIOD.to) continue;
    const domain = drawMunicipalDomain(world, received);
    const theme = world.random.weighted(MUNICIPAL_THEMES[domain]);
    const subjectOrg = drawProviderFor(world, domain, theme);
    const record = municipalCase(world, { received, domain, theme, subjectOrg }, { kind: 'klacht' });
    world.cases.push({ ...record, neighbourhood: null });
  }
  await mkdir(outDir, { recursive: true });
  return writeGemeenteExports(new ExportContext(world, outDir, seed, neighbour.slug));
}
