import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { DatabaseNotifications, NOTIFICATIONS_APPLICATION_NAME } from '../database/database-notifications';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { eventually } from '../testing/eventually';
import { SessionsRepository } from './sessions.repository';

const ME = '{ me { username role } }';

interface MeData {
  me: { username: string; role: string } | null;
}

const hashOf = (session: TestSession): string =>
  createHash('sha256')
    .update(session.cookie.slice(session.cookie.indexOf('=') + 1))
    .digest('hex');

describe('session cache (real PostgreSQL LISTEN/NOTIFY)', () => {
  let sut: TestApp;
  let lookups: jest.SpyInstance;
  const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
    sut.database.pool.query(text, params);
  const me = async (session: TestSession): Promise<MeData['me']> =>
    (await session.graphql<MeData>(ME)).data?.me ?? null;

  beforeAll(async () => {
    sut = await createTestApp({ sessionCacheSeconds: 30 });
    const notifications = sut.app.get(DatabaseNotifications);
    await eventually(() => notifications.listening);
    lookups = jest.spyOn(sut.app.get(SessionsRepository), 'touch');
  });

  afterEach(() => {
    lookups.mockClear();
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should look a session up once for a burst of requests', async () => {
    const session = await sut.login('beleid');
    lookups.mockClear();
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => me(session)));
    answers.forEach((answer) => expect(answer).toEqual({ username: 'test-beleid', role: 'beleid' }));
    expect(await me(session)).toEqual({ username: 'test-beleid', role: 'beleid' });
    // Concurrent first requests may each look it up; after that it is remembered.
    const first = lookups.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(5);
    await me(session);
    expect(lookups.mock.calls.length).toBe(first);
  });

  it('should refuse a session at once after its logout', async () => {
    const session = await sut.login('raad');
    expect(await me(session)).not.toBeNull();
    await session.graphql('mutation { logout }');
    expect(await me(session)).toBeNull();
  });

  it('should refuse a session deleted elsewhere (a logout in another API process)', async () => {
    const session = await sut.login('panel');
    expect(await me(session)).not.toBeNull();
    await sql('DELETE FROM user_session WHERE token_hash = $1', [hashOf(session)]);
    await eventually(async () => (await me(session)) === null);
  });

  it('should refuse the sessions of a deactivated user, and see a new role', async () => {
    const session = await sut.login('college');
    expect(await me(session)).toEqual({ username: 'test-college', role: 'college' });
    try {
      await sql(`UPDATE app_user SET active = false WHERE username = 'test-college'`);
      await eventually(async () => (await me(session)) === null);
      await sql(`UPDATE app_user SET active = true, role = 'raad' WHERE username = 'test-college'`);
      await eventually(async () => (await me(session))?.role === 'raad');
    } finally {
      await sql(`UPDATE app_user SET active = true, role = 'college' WHERE username = 'test-college'`);
    }
  });

  it('should refuse a session that became idle or expired in the database', async () => {
    const idle = await sut.login('beheer');
    const expired = await sut.login('beheer');
    expect(await me(idle)).not.toBeNull();
    expect(await me(expired)).not.toBeNull();
    await sql(
      `UPDATE user_session SET last_seen_at = now() - interval '8 hours 1 minute' WHERE token_hash = $1`,
      [hashOf(idle)],
    );
    await sql(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      hashOf(expired),
    ]);
    await eventually(async () => (await me(idle)) === null && (await me(expired)) === null);
  });

  it('should not remember a session past its own end', async () => {
    const session = await sut.login('beleid');
    await sql(`UPDATE user_session SET expires_at = now() + interval '1 second' WHERE token_hash = $1`, [
      hashOf(session),
    ]);
    // The shortening is a notification; the next lookup sees the new end and remembers it until then.
    await eventually(async () => {
      lookups.mockClear();
      return (await me(session)) !== null && lookups.mock.calls.length === 1;
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await me(session)).toBeNull();
  });

  it('should notify on what can end a session, and not on marking it as seen', async () => {
    const session = await sut.login('beleid');
    const listener = new Client({ connectionString: sut.database.url });
    const received: string[] = [];
    await listener.connect();
    try {
      listener.on('notification', (message) => received.push(message.payload ?? ''));
      await listener.query('LISTEN leerlus_sessions_changed');
      await sql(`UPDATE user_session SET last_seen_at = now() WHERE token_hash = $1`, [hashOf(session)]);
      await sql(`UPDATE app_user SET password_hash = password_hash WHERE username = 'test-beleid'`);
      await sql(
        `UPDATE user_session SET expires_at = expires_at - interval '1 minute' WHERE token_hash = $1`,
        [hashOf(session)],
      );
      await eventually(() => received.length > 0);
      expect(received).toEqual(['user_session']);
    } finally {
      await listener.end();
    }
  });

  it('should look every request up while its LISTEN connection is gone, and remember again after', async () => {
    const session = await sut.login('raad');
    const notifications = sut.app.get(DatabaseNotifications);
    await sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [NOTIFICATIONS_APPLICATION_NAME],
    );
    await eventually(() => !notifications.listening);
    lookups.mockClear();
    await me(session);
    await me(session);
    expect(lookups).toHaveBeenCalledTimes(2);
    await eventually(() => notifications.listening);
    await me(session);
    lookups.mockClear();
    await me(session);
    expect(lookups).not.toHaveBeenCalled();
  });
});
