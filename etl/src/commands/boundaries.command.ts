import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { listBoundaries } from '../boundaries/boundaries.repository';
import { importBoundaries } from '../boundaries/import-boundaries';
import { ImportUsageError } from '../errors';
import { resolveMunicipality } from '../load/import.repository';
import type { CommandTools } from './command-tools';
import { actor } from './reference.command';

/** `etl boundaries import|list`: CBS wijk/buurt boundaries (GeoJSON) for the neighbourhood map. */
export function addBoundariesCommand(program: Command, tools: CommandTools): void {
  const command = program.command('boundaries').description('CBS-wijk- en buurtgrenzen voor de wijkkaart');
  command
    .command('import')
    .description(
      'laad wijk- of buurtgrenzen (GeoJSON van CBS/PDOK, RD New of WGS84); vervangt die van hetzelfde niveau',
    )
    .argument('<file>', 'GeoJSON-bestand')
    .option('-m, --municipality <code>', 'CBS-gemeentecode (GM....); nodig als er meer dan één gemeente is')
    .action(async (file: string, options: { municipality?: string }) => {
      const text = await readFile(file, 'utf8').catch(() => {
        throw new ImportUsageError(`Bestand ${file} niet gevonden of niet leesbaar.`);
      });
      const started = Date.now();
      const summary = await tools.withDatabase(async (pool) => {
        const client = await pool.connect();
        const code = await resolveMunicipality(client, options.municipality)
          .catch((error: Error) => {
            throw new ImportUsageError(error.message);
          })
          .finally(() => client.release());
        return importBoundaries(pool, code, text, basename(file), actor());
      });
      const skipped = summary.skipped > 0 ? `; ${summary.skipped} van andere gemeenten overgeslagen` : '';
      console.log(
        `${summary.municipalityCode}: ${summary.wijken} wijken en ${summary.buurten} buurten geladen ` +
          `(${summary.crs}${skipped}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    });
  command
    .command('list')
    .description('de geladen wijken en buurten')
    .option('-m, --municipality <code>', 'alleen deze gemeente')
    .action(async (options: { municipality?: string }) => {
      const rows = await tools.withDatabase((pool) =>
        listBoundaries(pool, options.municipality ? [options.municipality.toUpperCase()] : null),
      );
      console.log(
        tools.table(
          rows.map((row) => ({
            gemeente: row.municipalityCode,
            code: row.code,
            naam: row.name,
            niveau: row.level,
            inwoners: row.inhabitants,
          })),
        ),
      );
    });
}
