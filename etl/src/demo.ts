import { isAbsolute, join } from 'node:path';
import type { Pool } from 'pg';
import { generateDemoExports } from './demo/generate';
import { seedDemoReference } from './demo/reference';
import { importFile, refreshDerivedData, type ImportSummary } from './import-file';

export interface DemoOptions {
  /** Data directory: the exports go to `<dataDir>/demo/`, the pseudonymisation key file lives here. */
  dataDir: string;
  records?: number | undefined;
  seed?: number | undefined;
  log?: (message: string) => void;
}

export interface DemoResult {
  skipped: boolean;
  municipalityCode: string | null;
  imports: ImportSummary[];
}

/**
 * Fills an empty database with the fictional municipality Lusdonk: reference data, then every demo
 * export imported with its own profile, exactly as an administrator would. Does nothing when
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
  return { skipped: false, municipalityCode, imports };
}
