import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { demoBoundaries } from '../demo/data/boundaries';
import { buildSqlPackage, runCli } from '../testing/cli';
import { writeText } from '../testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

describe('etl boundaries import|list', () => {
  let db: TestDatabase;
  let dir: string;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    buildSqlPackage();
    db = await createTestDatabase();
    await db.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM9901', 'Lusdonk')`);
    dir = await tempDir();
    env = { DATABASE_URL: db.url, LEERLUS_DATA_DIR: dir };
  });

  afterAll(async () => {
    await db.drop();
  });

  it('should load a boundary file for the only municipality, and list it', async () => {
    const file = await writeText(dir, 'wijken.geojson', JSON.stringify(demoBoundaries()));
    const loaded = await runCli(['boundaries', 'import', file], env);
    expect(loaded.output).toContain('GM9901: 8 wijken en 0 buurten geladen (EPSG:28992');
    expect(loaded.code).toBe(0);
    // Again: replaced, not doubled.
    expect((await runCli(['boundaries', 'import', file, '-m', 'gm9901'], env)).code).toBe(0);
    const { rows } = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM neighbourhood_boundary');
    expect(Number(rows[0]!.n)).toBe(8);
    const listed = await runCli(['boundaries', 'list'], env);
    expect(listed.code).toBe(0);
    expect(listed.output).toContain('Havenkwartier');
  });

  it('should refuse a file that is no GeoJSON with exit code 2 and a Dutch message', async () => {
    const file = await writeText(dir, 'wijken.csv', 'wijkcode;wijknaam\nWK990101;Centrum\n');
    const refused = await runCli(['boundaries', 'import', file], env);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('Het bestand is geen geldige JSON');
  });
});
