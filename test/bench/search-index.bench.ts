// Import cost of the full-text search column and its GIN index (migration 0170):
// `npx jest --config test/bench/jest.config.js --runInBand search-index.bench`.
// Imports the same generated BENCH_SEARCH_ROWS-row export (default 50,000) into two fresh databases of
// the same server, one without the generated tsvector column and its index (dropped after migrating)
// and one with them, and prints both import times. Run twice in a row to see the noise.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { seedDemoReference } from '../../etl/src/demo/reference';
import { importFile } from '../../etl/src/import-file';
import { generateExport } from './support/klachtenExport';

const ROWS = Number(process.env.BENCH_SEARCH_ROWS ?? 50_000);
const MUNICIPALITY = 'GM9901';

async function timedImport(file: string, dir: string, withSearch: boolean): Promise<number> {
  const db: TestDatabase = await createTestDatabase();
  try {
    await seedDemoReference(db.pool);
    if (!withSearch) await db.pool.query('ALTER TABLE case_record DROP COLUMN text_search');
    const started = performance.now();
    const summary = await importFile(db.pool, {
      file,
      profile: 'gemeente-klachten',
      municipalityCode: MUNICIPALITY,
      dataDir: dir,
    });
    const ms = performance.now() - started;
    expect(summary.status).toBe('succeeded');
    if (withSearch) await isolatedCost(db);
    return ms;
  } finally {
    await db.drop();
  }
}

/**
 * The same work alone, less exposed to the machine's load than a whole import: computing every stored
 * row's tsvector once, and building the GIN index over them in bulk (an import adds to it row by row,
 * which costs more, but GIN's pending list batches those inserts).
 */
async function isolatedCost(db: TestDatabase): Promise<void> {
  const time = async (sql: string): Promise<string> => {
    const started = performance.now();
    await db.pool.query(sql);
    return ((performance.now() - started) / 1000).toFixed(2);
  };
  const vectors = await time(
    `SELECT count(to_tsvector('dutch'::regconfig, coalesce(text_redacted, ''))) FROM case_record`,
  );
  const plain = await time(`SELECT count(coalesce(text_redacted, '')) FROM case_record`);
  const index = await time('REINDEX INDEX idx_case_record_text_search');
  process.stdout.write(
    `  isolated: tsvector of every row ${vectors} s (reading the texts alone ${plain} s), GIN build ${index} s\n`,
  );
}

describe('import cost of full-text search', () => {
  it('should import the same export with and without the search column and index', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'leerlus-search-bench-'));
    try {
      const file = join(dir, 'export.csv');
      await generateExport(file, { rows: ROWS });
      const runs: [boolean, number][] = [];
      for (const withSearch of [false, true, true, false]) {
        runs.push([withSearch, await timedImport(file, dir, withSearch)]);
      }
      const mean = (withSearch: boolean): number => {
        const times = runs.filter(([kind]) => kind === withSearch).map(([, ms]) => ms);
        return times.reduce((sum, ms) => sum + ms, 0) / times.length;
      };
      const seconds = (ms: number): string => (ms / 1000).toFixed(1);
      for (const [withSearch, ms] of runs) {
        process.stdout.write(
          `${ROWS} rows ${withSearch ? 'with' : 'without'} search column: ${seconds(ms)} s\n`,
        );
      }
      process.stdout.write(
        `mean without ${seconds(mean(false))} s, with column + GIN index ${seconds(mean(true))} s ` +
          `(${(((mean(true) - mean(false)) / mean(false)) * 100).toFixed(0)}% more)\n`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
