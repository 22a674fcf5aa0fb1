import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Arguments for `node` to run the ETL's import as it ships (`etl/dist/cli.js`, built beforehand) on a
 * generated gemeente-klachten export; `flags` are added as given (e.g. `--timings`).
 */
export function cliImportArgs(file: string, municipalityCode: string, ...flags: string[]): string[] {
  return [
    join(ROOT, 'etl/dist/cli.js'),
    'import',
    file,
    '--profile',
    'gemeente-klachten',
    '--municipality',
    municipalityCode,
    ...flags,
  ];
}
