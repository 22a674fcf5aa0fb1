import { createTestApp, TEST_PASSWORD, TestApp } from '../testing/createTestApp';

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`;
const AUDIT = `query ($limit: Int) { auditLog(limit: $limit) { id occurredAt userId username role action entity entityId details } }`;

interface AuditRow {
  user_id: number | null;
  username: string | null;
  role: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  details: Record<string, unknown>;
}

describe('audit log', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  const rows = async (): Promise<AuditRow[]> =>
    (
      await sut.database.pool.query<AuditRow>(
        'SELECT user_id, username, role, action, entity, entity_id, details FROM audit_log ORDER BY id',
      )
    ).rows;

  it('should record logins, failed logins and logouts, never with a password', async () => {
    const session = await sut.login('beleid');
    const { rows: users } = await sut.database.pool.query<{ id: number }>(
      `SELECT id FROM app_user WHERE username = 'test-beleid'`,
    );
    const userId = users[0]!.id;
    await sut.post({ query: LOGIN, variables: { u: 'test-beleid', p: 'Geheim-fout-1' } });
    await sut.post({ query: LOGIN, variables: { u: 'Geheim-in-naamveld-2', p: 'Geheim-fout-3' } });
    await session.graphql('mutation { logout }');

    expect(await rows()).toEqual([
      {
        user_id: userId,
        username: 'test-beleid',
        role: 'beleid',
        action: 'auth.login',
        entity: 'app_user',
        entity_id: String(userId),
        details: {},
      },
      {
        user_id: userId,
        username: 'test-beleid',
        role: 'beleid',
        action: 'auth.login_failed',
        entity: 'app_user',
        entity_id: String(userId),
        details: { reason: 'wrong_password' },
      },
      {
        // An unknown "username" may be a mistyped password: not recorded.
        user_id: null,
        username: null,
        role: null,
        action: 'auth.login_failed',
        entity: 'app_user',
        entity_id: null,
        details: { reason: 'unknown_user' },
      },
      {
        user_id: userId,
        username: 'test-beleid',
        role: 'beleid',
        action: 'auth.logout',
        entity: 'app_user',
        entity_id: String(userId),
        details: {},
      },
    ]);
    const { rows: dump } = await sut.database.pool.query<{ text: string }>(
      `SELECT string_agg(audit_log::text, ' ') AS text FROM audit_log`,
    );
    for (const secret of [TEST_PASSWORD, 'Geheim-fout-1', 'Geheim-in-naamveld-2', 'Geheim-fout-3']) {
      expect(dump[0]!.text).not.toContain(secret);
    }
  });

  it('should show beheer the newest entries first and log that read', async () => {
    const beheer = await sut.login('beheer');
    const result = await beheer.graphql<{
      auditLog: { action: string; username: string | null; details: string }[];
    }>(AUDIT, { limit: 2 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.auditLog).toHaveLength(2);
    expect(result.data?.auditLog[0]).toMatchObject({
      action: 'auth.login',
      username: 'test-beheer',
      details: '{}',
    });
    expect((await rows()).at(-1)).toMatchObject({
      action: 'audit_log.read',
      username: 'test-beheer',
      details: { limit: 2 },
    });
    const again = await beheer.graphql<{ auditLog: { action: string }[] }>(AUDIT, { limit: 1 });
    expect(again.data?.auditLog[0]?.action).toBe('audit_log.read');
  });

  it('should show a beheer bound to one municipality only the entries of the users of that municipality', async () => {
    await sut.database.pool.query(
      `INSERT INTO municipality (code, name) VALUES ('GM0901', 'Oostdorp'), ('GM0902', 'Westdorp')
       ON CONFLICT DO NOTHING`,
    );
    await sut.login('beleid');
    await sut.database.pool.query(
      `UPDATE app_user SET municipality_code = 'GM0902' WHERE username = 'test-beleid'`,
    );
    await sut.login('beleid');
    await sut.login('college');
    await sut.database.pool.query(
      `UPDATE app_user SET municipality_code = 'GM0901' WHERE username = 'test-college'`,
    );
    await sut.login('college');
    await sut.post({ query: LOGIN, variables: { u: 'onbekend', p: 'Geheim-fout-4' } });
    const beheer = await sut.login('beheer');
    await sut.database.pool.query(
      `UPDATE app_user SET municipality_code = 'GM0901' WHERE username = 'test-beheer'`,
    );

    const scoped = await beheer.graphql<{ auditLog: { username: string | null }[] }>(AUDIT, { limit: 500 });
    expect(scoped.errors).toBeUndefined();
    const names = new Set(scoped.data?.auditLog.map((entry) => entry.username));
    expect([...names].sort()).toEqual(['test-beheer', 'test-college']);

    await sut.database.pool.query(
      `UPDATE app_user SET municipality_code = NULL WHERE username = 'test-beheer'`,
    );
    const all = await beheer.graphql<{ auditLog: { username: string | null }[] }>(AUDIT, { limit: 500 });
    const allNames = new Set(all.data?.auditLog.map((entry) => entry.username));
    expect(allNames).toEqual(new Set(['test-beheer', 'test-college', 'test-beleid', null]));
  });

  it('should refuse a limit outside 1..500', async () => {
    const beheer = await sut.login('beheer');
    for (const limit of [0, 501]) {
      const result = await beheer.graphql(AUDIT, { limit });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('should keep audit_log append-only', async () => {
    await expect(sut.database.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
