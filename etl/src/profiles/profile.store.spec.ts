import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { buildSqlPackage, runCli } from '../testing/cli';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from '../testing/fixtures';
import { ProfileError } from './profile.loader';
import { listStoredProfiles, resolveProfile, saveStoredProfile } from './profile.store';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

const ACTOR = { username: 'cli:test' };
const STORED = CASE_PROFILE.replace('name: test-klachten', 'name: opgeslagen-klachten');

describe('profiles saved in the database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    buildSqlPackage();
    db = await createTestDatabase();
    await seedReference(db.pool);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('should refuse an invalid profile with the same messages as a profile file', async () => {
    const bad = STORED.replace('target: case_record', 'target: klachten');
    const error = await saveStoredProfile(db.pool, bad, ACTOR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).problems).toEqual([expect.stringMatching(/^target: /)]);
    expect(await listStoredProfiles(db.pool)).toEqual([]);
  });

  it('should add a revision only when the settings change, and resolve the newest by name', async () => {
    expect(await saveStoredProfile(db.pool, STORED, ACTOR)).toEqual({
      name: 'opgeslagen-klachten',
      revision: 1,
      changed: true,
    });
    expect(await saveStoredProfile(db.pool, `# commentaar\n${STORED}`, ACTOR)).toMatchObject({
      changed: false,
    });
    const relabelled = STORED.replace(/^label: .*$/m, 'label: Opnieuw benoemd');
    expect(await saveStoredProfile(db.pool, relabelled, ACTOR)).toMatchObject({ revision: 2, changed: true });
    const profile = await resolveProfile(db.pool, 'opgeslagen-klachten');
    expect(profile).toMatchObject({
      label: 'Opnieuw benoemd',
      file: 'opgeslagen profiel opgeslagen-klachten (versie 2)',
    });
    const audit = await db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'import_profile.save'`,
    );
    expect(audit.rows[0].n).toBe(2);
  });

  it('should let the command line import and check with a saved profile by its name', async () => {
    const dir = await tempDir();
    const env = { DATABASE_URL: db.url, LEERLUS_PSEUDONYM_KEY: TEST_KEY, LEERLUS_DATA_DIR: dir };
    const file = await writeText(dir, 'export.csv', toCsv(CASE_HEADERS, [caseRow(1), caseRow(2)]));
    const check = await runCli(['check', file, '--profile', 'opgeslagen-klachten'], env);
    expect(check.code).toBe(0);
    const imported = await runCli(
      ['import', file, '--profile', 'opgeslagen-klachten', '--municipality', 'GM0001'],
      env,
    );
    expect(imported).toMatchObject({ code: 0, output: expect.stringContaining('geslaagd') });
    const unknown = await runCli(
      ['import', file, '--profile', 'bestaat-niet', '--municipality', 'GM0001'],
      env,
    );
    expect(unknown.code).toBe(2);
    const { rows } = await db.pool.query(`SELECT profile, rows_inserted FROM import ORDER BY id`);
    expect(rows).toEqual([{ profile: 'opgeslagen-klachten', rows_inserted: 2 }]);
  }, 120_000);
});
