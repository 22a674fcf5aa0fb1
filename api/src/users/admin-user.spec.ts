import * as argon2 from 'argon2';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { adminAccountFromEnv, ensureAdminUser } from './admin-user';

const ADMIN = { username: 'admin', password: 'lang-genoeg-wachtwoord' };

describe(adminAccountFromEnv.name, () => {
  it('should be absent without either variable, and refuse half or weak settings', () => {
    expect(adminAccountFromEnv({})).toBeUndefined();
    expect(
      adminAccountFromEnv({ LEERLUS_ADMIN_USERNAME: ' admin ', LEERLUS_ADMIN_PASSWORD: ADMIN.password }),
    ).toEqual(ADMIN);
    expect(() => adminAccountFromEnv({ LEERLUS_ADMIN_USERNAME: 'admin' })).toThrow(/both/);
    expect(() => adminAccountFromEnv({ LEERLUS_ADMIN_PASSWORD: ADMIN.password })).toThrow(/both/);
    expect(() =>
      adminAccountFromEnv({ LEERLUS_ADMIN_USERNAME: 'admin', LEERLUS_ADMIN_PASSWORD: '12345678901' }),
    ).toThrow(/minstens 12 tekens/);
    for (const weak of ['aaaaaaaaaaaa', '123456789012', 'admin-admin-admin']) {
      expect(() =>
        adminAccountFromEnv({ LEERLUS_ADMIN_USERNAME: 'admin', LEERLUS_ADMIN_PASSWORD: weak }),
      ).toThrow(/is not accepted/);
    }
  });
});

describe(ensureAdminUser.name, () => {
  let sut: TestApp;

  beforeEach(async () => {
    sut = await createTestApp();
  });

  afterEach(async () => {
    await sut.close();
  });

  it('should create a beheer account on an installation without one, once, that can log in', async () => {
    expect(await ensureAdminUser(sut.database.pool, ADMIN)).toBe(true);
    expect(await ensureAdminUser(sut.database.pool, { ...ADMIN, username: 'tweede' })).toBe(false);

    const { rows } = await sut.database.pool.query<{ username: string; role: string; password_hash: string }>(
      'SELECT username, role, password_hash FROM app_user',
    );
    expect(rows.map((row) => [row.username, row.role])).toEqual([['admin', 'beheer']]);
    expect(rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(await argon2.verify(rows[0]!.password_hash, ADMIN.password)).toBe(true);

    const login = await sut.graphql(
      `mutation { login(username: "admin", password: "${ADMIN.password}") { username role } }`,
    );
    expect(login).toEqual({ data: { login: { username: 'admin', role: 'beheer' } } });
  });

  it('should leave an installation with an active beheer user alone, and refuse a name taken by another role', async () => {
    await sut.login('raad');
    await expect(ensureAdminUser(sut.database.pool, { ...ADMIN, username: 'test-raad' })).rejects.toThrow(
      /already taken by an account that is not an active beheerder/,
    );
    await sut.login('beheer');
    expect(await ensureAdminUser(sut.database.pool, ADMIN)).toBe(false);
    const { rows } = await sut.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
    expect(rows[0]?.n).toBe(2);
  });
});
