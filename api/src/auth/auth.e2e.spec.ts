import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTestApp, TEST_PASSWORD, TestApp } from '../testing/createTestApp';
import { LOGIN_FAILED_MESSAGE } from './auth.service';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id username displayName role } }`;
const ME = '{ me { id username displayName role } }';
const AUDIT = '{ auditLog(limit: 5) { action } }';

async function loginResponse(sut: TestApp, username: string, password: string): Promise<Response> {
  return sut.post({ query: LOGIN, variables: { u: username, p: password } });
}

function tokenOf(cookie: string): string {
  return cookie.slice(cookie.indexOf('=') + 1);
}

describe('auth (login, sessions, guard)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('should log in with the right password and set a strict HttpOnly session cookie', async () => {
    const session = await sut.login('beleid'); // creates test-beleid
    const response = await loginResponse(sut, 'test-beleid', TEST_PASSWORD);
    const body = (await response.json()) as { data: { login: Record<string, unknown> } };
    expect(body.data.login).toEqual({
      id: expect.any(Number),
      username: 'test-beleid',
      displayName: 'Test beleid',
      role: 'beleid',
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^leerlus_sessie=[A-Za-z0-9_-]{43}; /);
    expect(setCookie.split('; ')).toEqual(
      expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Strict', 'Max-Age=86400']),
    );
    expect(setCookie).not.toMatch(/Secure/); // development: plain http
    // Every login gets its own token.
    expect(setCookie.split(';')[0]).not.toBe(session.cookie);
  });

  it('should store only the SHA-256 hash of the session token', async () => {
    const session = await sut.login('college');
    const token = tokenOf(session.cookie);
    const { rows } = await sut.database.pool.query<{ token_hash: string; absolute: number }>(
      `SELECT token_hash, extract(epoch FROM expires_at - created_at) AS absolute FROM user_session`,
    );
    expect(rows.map((row) => row.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));
    expect(rows.map((row) => row.token_hash)).not.toContain(token);
    expect(rows.every((row) => Number(row.absolute) === 86_400)).toBe(true);
  });

  it('should refuse a wrong password and an unknown user with the same message and no cookie', async () => {
    await sut.login('panel');
    const wrong = await loginResponse(sut, 'test-panel', 'niet-het-wachtwoord');
    const unknown = await loginResponse(sut, 'bestaat-niet', TEST_PASSWORD);
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(200); // a GraphQL error, like any other
      expect(response.headers.get('set-cookie')).toBeNull();
      const body = (await response.json()) as {
        data: unknown;
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]!.message).toBe(LOGIN_FAILED_MESSAGE);
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('should take about as long for an unknown user as for a wrong password', async () => {
    await sut.login('panel');
    const time = async (username: string): Promise<number> => {
      const started = performance.now();
      await loginResponse(sut, username, 'fout');
      return performance.now() - started;
    };
    const median = (values: number[]): number => values.sort((a, b) => a - b)[1]!;
    const known = median([await time('test-panel'), await time('test-panel'), await time('test-panel')]);
    const unknown = median([await time('onbekend'), await time('onbekend'), await time('onbekend')]);
    // argon2 dominates both; without the dummy hash the unknown user would answer in ~1 ms.
    expect(unknown).toBeGreaterThan(known * 0.5);
  });

  it('should answer me with null without a session and with the user with one', async () => {
    expect(await sut.graphql(ME)).toEqual({ data: { me: null } });
    const session = await sut.login('raad');
    expect(await session.graphql(ME)).toEqual({
      data: { me: { id: expect.any(Number), username: 'test-raad', displayName: 'Test raad', role: 'raad' } },
    });
    // A forged token is just no session.
    expect(await sut.post({ query: ME }, { cookie: 'leerlus_sessie=AAAA' }).then((r) => r.json())).toEqual({
      data: { me: null },
    });
  });

  it('should end the session on logout and clear the cookie', async () => {
    const session = await sut.login('beheer');
    const response = await sut.post({ query: 'mutation { logout }' }, { cookie: session.cookie });
    expect(await response.json()).toEqual({ data: { logout: true } });
    expect(response.headers.get('set-cookie')).toMatch(
      /^leerlus_sessie=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict/,
    );
    expect(await session.graphql(ME)).toEqual({ data: { me: null } });
    expect((await session.graphql(AUDIT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sut.graphql('mutation { logout }')).toEqual({ data: { logout: false } });
  });

  it('should refuse a session past its absolute expiry', async () => {
    const session = await sut.login('beheer');
    expect((await session.graphql(AUDIT)).errors).toBeUndefined();
    await sut.database.pool.query(
      `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [createHash('sha256').update(tokenOf(session.cookie)).digest('hex')],
    );
    expect(await session.graphql(ME)).toEqual({ data: { me: null } });
    expect((await session.graphql(AUDIT)).errors?.[0]?.message).toBe('Niet ingelogd');
  });

  it('should refuse a session idle for more than 8 hours, and keep an active one alive', async () => {
    const idle = await sut.login('beheer');
    const active = await sut.login('beheer');
    const hashOf = (cookie: string): string => createHash('sha256').update(tokenOf(cookie)).digest('hex');
    await sut.database.pool.query(
      `UPDATE user_session SET last_seen_at = now() - interval '8 hours 1 minute' WHERE token_hash = $1`,
      [hashOf(idle.cookie)],
    );
    await sut.database.pool.query(
      `UPDATE user_session SET last_seen_at = now() - interval '7 hours 59 minutes' WHERE token_hash = $1`,
      [hashOf(active.cookie)],
    );
    expect(await idle.graphql(ME)).toEqual({ data: { me: null } });
    expect((await active.graphql(ME)).data).toEqual({ me: expect.objectContaining({ role: 'beheer' }) });
    const { rows } = await sut.database.pool.query<{ fresh: boolean }>(
      `SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM user_session WHERE token_hash = $1`,
      [hashOf(active.cookie)],
    );
    expect(rows[0]?.fresh).toBe(true);
  });

  it('should write a session only when it was last seen over a minute ago', async () => {
    const session = await sut.login('beleid');
    const hash = createHash('sha256').update(tokenOf(session.cookie)).digest('hex');
    const lastSeen = async (): Promise<string> =>
      (
        await sut.database.pool.query<{ at: string }>(
          'SELECT last_seen_at::text AS at FROM user_session WHERE token_hash = $1',
          [hash],
        )
      ).rows[0]!.at;
    await sut.database.pool.query(
      `UPDATE user_session SET last_seen_at = now() - interval '30 seconds' WHERE token_hash = $1`,
      [hash],
    );
    const recent = await lastSeen();
    expect((await session.graphql(ME)).data).toEqual({ me: expect.objectContaining({ role: 'beleid' }) });
    expect(await lastSeen()).toBe(recent);
    await sut.database.pool.query(
      `UPDATE user_session SET last_seen_at = now() - interval '61 seconds' WHERE token_hash = $1`,
      [hash],
    );
    const old = await lastSeen();
    await session.graphql(ME);
    expect(await lastSeen()).not.toBe(old);
  });

  it('should refuse the session of a deactivated user', async () => {
    const session = await sut.login('college');
    await sut.database.pool.query(`UPDATE app_user SET active = false WHERE username = 'test-college'`);
    try {
      expect(await session.graphql(ME)).toEqual({ data: { me: null } });
    } finally {
      await sut.database.pool.query(`UPDATE app_user SET active = true WHERE username = 'test-college'`);
    }
  });

  it('should refuse a beheer-only query to anonymous and to other roles', async () => {
    expect((await sut.graphql(AUDIT)).errors?.[0]).toMatchObject({
      message: 'Niet ingelogd',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    for (const role of ['raad', 'panel', 'college', 'beleid'] as const) {
      const result = await (await sut.login(role)).graphql(AUDIT);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({
        message: 'Geen toegang',
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect((await (await sut.login('beheer')).graphql(AUDIT)).errors).toBeUndefined();
  });

  it('should keep health public', async () => {
    expect(await sut.graphql('{ health { status } }')).toEqual({ data: { health: { status: 'ok' } } });
    expect((await fetch(`${sut.baseUrl}/health`)).status).toBe(200);
  });
});

describe('hardening (CSRF, headers)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('should refuse a text/plain POST (a CSRF-able simple request) without executing it', async () => {
    await sut.login('beheer');
    const before = await sut.database.pool.query('SELECT count(*)::int AS n FROM user_session');
    const response = await fetch(`${sut.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({
        query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
        variables: { u: 'test-beheer', p: TEST_PASSWORD },
      }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toMatch(/CSRF/i);
    const after = await sut.database.pool.query('SELECT count(*)::int AS n FROM user_session');
    expect(after.rows).toEqual(before.rows);
  });

  it('should refuse a GET operation without a preflight-forcing header', async () => {
    const response = await fetch(`${sut.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(response.status).toBe(400);
  });

  it('should refuse more than one login per request (aliases)', async () => {
    await sut.login('raad');
    const response = await sut.post({
      query: `mutation { a: login(username: "test-raad", password: "x") { id } b: login(username: "test-raad", password: "y") { id } }`,
    });
    const body = (await response.json()) as { data?: unknown; errors: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.message).toBe('login mag maar één keer per verzoek voorkomen');
  });

  it('should refuse queries nested deeper than 10 levels', async () => {
    const nested = (depth: number): string =>
      `{ __type(name: "Query") { fields { type ${'{ ofType '.repeat(depth)}{ name }${' }'.repeat(depth)} } } }`;
    expect((await sut.graphql(nested(6))).errors).toBeUndefined(); // depth 10
    expect((await sut.graphql(nested(7))).errors?.[0]?.message).toBe(
      'Query te diep genest (maximaal 10 niveaus)',
    );
  });

  it('should send security headers with a self-only CSP without inline scripts', async () => {
    const response = await sut.post({ query: '{ health { status } }' });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('served dashboard', () => {
  let sut: TestApp;

  beforeAll(async () => {
    const webDist = await tempDir('leerlus-web-');
    await writeFile(
      join(webDist, 'index.html'),
      '<!doctype html><script type="module" src="/assets/app.js"></script>',
    );
    sut = await createTestApp({ webDist });
  });

  afterAll(async () => {
    await sut.close();
  });

  it('should serve the dashboard with the strict CSP', async () => {
    const response = await fetch(`${sut.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
  });
});

describe('production settings', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp({ production: true });
  });

  afterAll(async () => {
    await sut.close();
  });

  it('should use a Secure __Host- cookie', async () => {
    await sut.login('raad'); // creates test-raad
    const response = await loginResponse(sut, 'test-raad', TEST_PASSWORD);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-leerlus_sessie=[A-Za-z0-9_-]{43}; Path=\/; /);
    expect(setCookie.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Secure']));
  });

  it('should send HSTS, disable introspection and the GraphiQL landing page', async () => {
    const response = await sut.post({ query: '{ __schema { types { name } } }' });
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    const landing = await fetch(`${sut.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/graphiql/i);
  });
});
