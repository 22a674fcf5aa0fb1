import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { seedDemoReference } from '../demo/reference';
import { generateDemoExports, type GeneratedFile } from '../demo/generate';
import { importFile } from '../import-file';
import { TEST_KEY } from '../testing/fixtures';
import { stagingThreads } from './staging-threads';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

describe('staging threads', () => {
  let db: TestDatabase;
  let dir: string;
  let municipalityCode: string;
  let exports: GeneratedFile[];

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    ({ municipalityCode } = await seedDemoReference(db.pool));
    dir = await tempDir();
    exports = await generateDemoExports(join(dir, 'demo'), { records: 600, seed: 7 });
  });

  afterAll(async () => {
    await db.drop();
  });

  const run = (item: GeneratedFile, threads: number, force = false) =>
    importFile(db.pool, {
      file: item.file,
      profile: item.profile,
      municipalityCode,
      dataDir: dir,
      deferRefresh: true,
      stagingThreads: threads,
      force,
    });

  it('should store exactly what one thread stores: re-importing every demo export with two threads changes no row', async () => {
    const first = [];
    for (const item of exports) first.push(await run(item, 0));
    const again = [];
    for (const item of exports) again.push(await run(item, 2, true));
    // A record whose redacted text (or the theme classified from it) differed would be updated.
    expect(
      again.map((s) => [s.status, s.rowsInserted, s.rowsUpdated, s.rowsUnchanged, s.rowsRejected]),
    ).toEqual(first.map((s) => [s.status, 0, 0, s.rowsInserted, s.rowsRejected]));
    const { rows } = await db.pool.query<{ texts: number }>(
      'SELECT count(*)::int AS texts FROM case_record WHERE text_redacted IS NOT NULL',
    );
    expect(rows[0]?.texts).toBeGreaterThan(300);
  });

  it('should read the thread count from LEERLUS_ETL_THREADS, 1 by default, never more than the spare cores', () => {
    expect(stagingThreads(undefined)).toBe(1);
    expect(stagingThreads('0')).toBe(0);
    expect(stagingThreads('twee')).toBe(1);
    expect(stagingThreads('1000')).toBe(Math.max(availableParallelism() - 1, 1));
  });
});
