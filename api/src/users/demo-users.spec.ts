import * as argon2 from 'argon2';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { DEMO_USERS_FILE, ensureDemoUsers, formatDemoUsers } from './demo-users';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

describe(ensureDemoUsers.name, () => {
  let sut: TestApp;

  beforeEach(async () => {
    sut = await createTestApp();
  });

  afterEach(async () => {
    await sut.close();
  });

  it('should create one user per role with random passwords in a 0600 file, once', async () => {
    const dataDir = await tempDir('leerlus-demo-');
    const users = await ensureDemoUsers(sut.database.pool, { dataDir, env: {} });
    expect(users.map((user) => [user.username, user.role])).toEqual([
      ['raad', 'raad'],
      ['panel', 'panel'],
      ['college', 'college'],
      ['beleid', 'beleid'],
      ['beheer', 'beheer'],
    ]);
    expect(new Set(users.map((user) => user.password)).size).toBe(5);

    const file = join(dataDir, DEMO_USERS_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const text = await readFile(file, 'utf8');
    for (const user of users) expect(text).toContain(`${user.username}\t${user.password}\t`);

    const { rows } = await sut.database.pool.query<{ username: string; password_hash: string }>(
      'SELECT username, password_hash FROM app_user ORDER BY id',
    );
    expect(rows.map((row) => row.username)).toEqual(['raad', 'panel', 'college', 'beleid', 'beheer']);
    for (const [index, row] of rows.entries()) {
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(await argon2.verify(row.password_hash, users[index]!.password)).toBe(true);
    }

    expect(await ensureDemoUsers(sut.database.pool, { dataDir, env: {} })).toEqual([]);
    expect(formatDemoUsers(users)).toBe(
      `Demo-gebruikers: ${users.map((user) => `${user.username} / ${user.password}`).join(', ')}`,
    );
    const production = formatDemoUsers(users, true);
    for (const user of users) expect(production).not.toContain(user.password);
    expect(production).toContain('raad');
  });

  it('should bind every demo user to the demo municipality', async () => {
    const dataDir = await tempDir('leerlus-demo-');
    await sut.database.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM9901', 'Lusdonk')`);
    await ensureDemoUsers(sut.database.pool, { dataDir, env: {}, municipalityCode: 'GM9901' });
    const { rows } = await sut.database.pool.query<{ role: string; municipality_code: string | null }>(
      'SELECT role, municipality_code FROM app_user ORDER BY id',
    );
    expect(rows).toEqual([
      { role: 'raad', municipality_code: 'GM9901' },
      { role: 'panel', municipality_code: 'GM9901' },
      { role: 'college', municipality_code: 'GM9901' },
      { role: 'beleid', municipality_code: 'GM9901' },
      { role: 'beheer', municipality_code: 'GM9901' },
    ]);
  });

  it('should use LEERLUS_DEMO_PASSWORD, write no file, and let the users log in', async () => {
    const dataDir = await tempDir('leerlus-demo-');
    const users = await ensureDemoUsers(sut.database.pool, {
      dataDir,
      env: { LEERLUS_DEMO_PASSWORD: 'demo-wachtwoord' },
    });
    expect(users.every((user) => user.password === 'demo-wachtwoord')).toBe(true);
    await expect(stat(join(dataDir, DEMO_USERS_FILE))).rejects.toThrow(/ENOENT/);
    const result = await sut.graphql(
      'mutation { login(username: "beheer", password: "demo-wachtwoord") { username displayName role } }',
    );
    expect(result).toEqual({
      data: { login: { username: 'beheer', displayName: 'Demo beheerder', role: 'beheer' } },
    });
  });

  it('should leave an installation that has users alone', async () => {
    await sut.login('raad');
    const dataDir = await tempDir('leerlus-demo-');
    expect(await ensureDemoUsers(sut.database.pool, { dataDir, env: {} })).toEqual([]);
    const { rows } = await sut.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
    expect(rows[0]?.n).toBe(1);
  });
});
