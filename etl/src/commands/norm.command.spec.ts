import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { buildSqlPackage, runCli } from '../testing/cli';
import { seedReference, TEST_KEY } from '../testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

describe('etl norm add|list|end', () => {
  let db: TestDatabase;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    buildSqlPackage();
    db = await createTestDatabase();
    await seedReference(db.pool);
    env = { DATABASE_URL: db.url, LEERLUS_PSEUDONYM_KEY: TEST_KEY, LEERLUS_DATA_DIR: await tempDir() };
  });

  afterAll(async () => {
    await db.drop();
  });

  it('should add a contractual term in weeks, list it, end it and exit 2 on an unknown source', async () => {
    const added = await runCli(
      [
        'norm',
        'add',
        '-m',
        'gm0001',
        '--source',
        'zorg-de-linde',
        '--term',
        '4',
        '--unit',
        'weken',
        '--from',
        '2024-01-01',
      ],
      env,
    );
    expect(added).toEqual({ code: 0, output: expect.stringContaining('4 weken voor zorg-de-linde') });
    const id = /Termijn (\d+) opgeslagen/.exec(added.output)?.[1];
    expect((await runCli(['norm', 'end', id ?? '0', '2024-12-31'], env)).code).toBe(0);
    const listed = await runCli(['norm', 'list', '-m', 'GM0001'], env);
    expect(listed.code).toBe(0);
    expect(listed.output).toMatch(/zorg-de-linde.*4 weken.*awb_9_11.*2024-01-01 – 2024-12-31/);
    const unknown = await runCli(
      ['norm', 'add', '-m', 'GM0001', '--source', 'bestaat-niet', '--term', '1', '--from', '2024-01-01'],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.output).toMatch(/Organisatie bestaat-niet bestaat niet/);
    const { rows } = await db.pool.query(
      `SELECT action, username LIKE 'cli:%' AS cli FROM audit_log WHERE action LIKE 'norm.%' ORDER BY id`,
    );
    expect(rows).toEqual([
      { action: 'norm.add', cli: true },
      { action: 'norm.end', cli: true },
    ]);
  });
});
