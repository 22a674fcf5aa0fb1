import { isAbsolute, join } from 'node:path';
import type { Pool } from 'pg';
import { DEFAULT_DEMO_RECORDS, DEFAULT_DEMO_SEED, generateDemoExports } from './demo/generate';
import { seedDemoReference } from './demo/reference';
import { loadDemoRegion } from './demo/region/loadDemoRegion';
import { importFile, refreshDerivedData, type ImportSummary } from './import-file';
import { trainThemeModel } from './themes/training';

export interface DemoOptions {
  /** Data directory: the exports go to `<dataDir>/demo/`, the pseudonymisation key file lives here. */
  dataDir: string;
  records?: number | undefined;
  seed?: number | undefined;
  log?: (message: string) => void;
  /** Train and activate a theme model on the shipped corpus before importing (default true). */
  themeModel?: boolean;
  /** Also load Lusdonk's three neighbours in Regio Lusland, for the regional comparison (default true). */
  region?: boolean;
}

export interface DemoResult {
  skipped: boolean;
  municipalityCode: string | null;
  imports: ImportSummary[];
}

/**
 * Fills an empty database with the fictional municipality Lusdonk: reference data, then every demo
 * export imported with its own profile, exactly as an administrator would; then (unless `region` is
 * false) its three smaller neighbours in Regio Lusland with their own complaints. Does nothing when
 * case_record already has rows, so it is safe to call on every start.
 */
export async function loadDemoData(pool: Pool, options: DemoOptions): Promise<DemoResult> {
  const log = options.log ?? ((): void => undefined);
  const { rows } = await pool.query<{ filled: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM case_record) AS filled',
  );
  if (rows[0]?.filled) {
    log('Demogegevens overgeslagen: de database bevat al meldingen.');
    return { skipped: true, municipalityCode: null, imports: [] };
  }
  const { municipalityCode } = await seedDemoReference(pool);
  if (options.themeModel !== false) await trainDemoModel(pool, log);
  const outDir = join(options.dataDir, 'demo');
  const exports = await generateDemoExports(outDir, { records: options.records, seed: options.seed });
  const imports: ImportSummary[] = [];
  for (const item of exports) {
    const file = isAbsolute(item.file) ? item.file : join(outDir, item.file);
    const summary = await importFile(pool, {
      file,
      profile: item.profile,
      municipalityCode,
      startedBy: 'demo',
      dataDir: options.dataDir,
      log,
      // Rollups and signals are refreshed once after the last file instead of after each one.
      deferRefresh: true,
    });
    imports.push(summary);
    log(
      `Demo: ${item.profile}: ${summary.status}, ${summary.rowsInserted} nieuw, ${summary.rowsUpdated} bijgewerkt, ` +
        `${summary.rowsRejected} afgewezen${summary.message ? ` (${summary.message})` : ''}`,
    );
  }
  await refreshDerivedData(pool, municipalityCode);
  log('Demo: samenvattingen en systeemsignalen berekend');
  if (options.region !== false) {
    const records = options.records ?? DEFAULT_DEMO_RECORDS;
    const seed = options.seed ?? DEFAULT_DEMO_SEED;
    imports.push(...(await loadDemoRegion(pool, { dataDir: options.dataDir, records, seed, log })));
  }
  return { skipped: false, municipalityCode, imports };
}

/**
 * The demo classifies its records without a source theme with a learned model, as an installation does
 * after its first `themes-train --activate`: trained on the shipped corpus only (~5 s of CPU).
 */
async function trainDemoModel(pool: Pool, log: (message: string) => void): Promise<void> {
  const client = await pool.connect();
  try {
    const started = Date.now();
    const report = await trainThemeModel(client, { trainedBy: 'demo', activate: true });
    log(
      `Demo: themamodel versie ${report.version} getraind op ${report.training.corpus} voorbeeldteksten ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    client.release();
  }
}
