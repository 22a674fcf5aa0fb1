import { createTestApp, logInOverHttp, TestApp, TestSession } from '../testing/createTestApp';

const CREATE = `mutation ($input: CreateUserInput!) {
  createUser(input: $input) { id username role municipalityCode active external }
}`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id role municipalityCode active } }`;
const PASSWORD = 'Klaproos-Lantaarn-Vijver-42';

describe('account management by beheer (GraphQL)', () => {
  let sut: TestApp;
  let beheer: TestSession;

  beforeAll(async () => {
    sut = await createTestApp();
    await sut.database.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM9901', 'Lusdonk')`);
    beheer = await sut.login('beheer');
  });

  afterAll(async () => {
    await sut?.close();
  });

  const graphqlUrl = (): string => `${sut.baseUrl}/graphql`;
  const me = async (cookie: string): Promise<unknown> => {
    const response = await sut.post({ query: '{ me { role } }' }, { cookie });
    return ((await response.json()) as { data: { me: unknown } }).data.me;
  };

  it('should create an account that logs in, change its role and municipality, and deactivate it, audited', async () => {
    const created = await beheer.graphql<{ createUser: { id: number } }>(CREATE, {
      input: { username: 'j.devries', displayName: 'Jan de Vries', role: 'raad', password: PASSWORD },
    });
    expect(created.data?.createUser).toEqual({
      id: expect.any(Number),
      username: 'j.devries',
      role: 'raad',
      municipalityCode: null,
      active: true,
      external: false,
    });
    const id = created.data!.createUser.id;
    const cookie = await logInOverHttp(graphqlUrl(), 'j.devries', PASSWORD);
    expect(await me(cookie)).toEqual({ role: 'raad' });

    const changed = await beheer.graphql(UPDATE, {
      input: { id, role: 'beleid', municipalityCode: 'gm9901', active: true },
    });
    expect(changed.data).toEqual({
      updateUser: { id, role: 'beleid', municipalityCode: 'GM9901', active: true },
    });
    // The old session (with the old role) has ended.
    expect(await me(cookie)).toBeNull();

    await beheer.graphql(UPDATE, {
      input: { id, role: 'beleid', municipalityCode: 'GM9901', active: false },
    });
    await expect(logInOverHttp(graphqlUrl(), 'j.devries', PASSWORD)).rejects.toThrow(
      /login as j.devries failed/,
    );

    const audit = await sut.database.pool.query(
      `SELECT action, username FROM audit_log WHERE action LIKE 'user.%' ORDER BY id`,
    );
    expect(audit.rows).toEqual([
      { action: 'user.create', username: 'test-beheer' },
      { action: 'user.update', username: 'test-beheer' },
      { action: 'user.update', username: 'test-beheer' },
    ]);
  });

  it('should refuse a weak password, a duplicate name, an unknown municipality and other roles', async () => {
    const weak = await beheer.graphql(CREATE, {
      input: { username: 'zwak', displayName: 'Zwak', role: 'raad', password: 'welkom123' },
    });
    expect(weak.errors?.[0]?.message).toBeDefined();
    const duplicate = await beheer.graphql(CREATE, {
      input: { username: 'test-beheer', displayName: 'Dubbel', role: 'raad', password: PASSWORD },
    });
    expect(duplicate.errors?.[0]?.message).toMatch(/al een account/);
    const unknown = await beheer.graphql(CREATE, {
      input: {
        username: 'elders',
        displayName: 'Elders',
        role: 'raad',
        municipalityCode: 'GM0001',
        password: PASSWORD,
      },
    });
    expect(unknown.errors?.[0]?.message).toMatch(/GM0001 bestaat niet/);
    const raad = await sut.login('raad');
    const refused = await raad.graphql('{ managedUsers { username } }');
    expect(refused.errors).toBeDefined();
    const { rows } = await sut.database.pool.query(
      `SELECT username FROM app_user WHERE username IN ('zwak', 'elders')`,
    );
    expect(rows).toEqual([]);
  });

  it('should keep an administrator from switching off their own account', async () => {
    const list = await beheer.graphql<{ managedUsers: { id: number; username: string }[] }>(
      '{ managedUsers { id username } }',
    );
    const own = list.data!.managedUsers.find((user) => user.username === 'test-beheer')!;
    const result = await beheer.graphql(UPDATE, { input: { id: own.id, role: 'beheer', active: false } });
    expect(result.errors?.[0]?.message).toMatch(/eigen account/);
  });
});
