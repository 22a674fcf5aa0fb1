import { request } from 'node:http';
import { createTestApp, TEST_PASSWORD, TestApp } from '../testing/createTestApp';
import { ACCOUNT_DELAY_BASE_MS, FREE_FAILURES_PER_ACCOUNT, LOGIN_FAILED_MESSAGE } from './auth.service';

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }`;
const CHANGE = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const RESET = `mutation ($u: String!, $n: String!) { resetPassword(username: $u, newPassword: $n) }`;
const NEW_PASSWORD = 'vier woorden zijn sterker dan één';

interface LoginOutcome {
  cookie: string | null;
  message: string | null;
}

/** The login mutation over HTTP from a given loopback address (127.0.0.x), like a client elsewhere. */
function loginFrom(
  sut: TestApp,
  localAddress: string,
  username: string,
  password: string,
): Promise<LoginOutcome> {
  const url = new URL(`${sut.baseUrl}/graphql`);
  const body = JSON.stringify({ query: LOGIN, variables: { u: username, p: password } });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { errors?: { message: string }[] };
          const cookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? null;
          resolve({ cookie, message: parsed.errors?.[0]?.message ?? null });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('password guessing from many addresses', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    await sut.login('beheer');
    await sut.login('raad');
  });

  afterAll(async () => {
    await sut.close();
  });

  it('should delay an account after repeated failures from any address, and let its user in after the delay', async () => {
    const outcomes: LoginOutcome[] = [];
    for (let n = 0; n < 30; n++) {
      outcomes.push(await loginFrom(sut, `127.0.0.${n + 2}`, 'test-beheer', `fout-wachtwoord-${n}`));
    }
    expect(
      outcomes.slice(0, FREE_FAILURES_PER_ACCOUNT).every((o) => o.message === LOGIN_FAILED_MESSAGE),
    ).toBe(true);
    const delayed = outcomes.slice(FREE_FAILURES_PER_ACCOUNT);
    expect(
      delayed.every((o) => /Te veel mislukte pogingen voor deze gebruikersnaam/.test(o.message ?? '')),
    ).toBe(true);
    // The right password from yet another address is not checked during the delay…
    const during = await loginFrom(sut, '127.0.0.99', 'test-beheer', TEST_PASSWORD);
    expect(during.cookie).toBeNull();
    // …other accounts are unaffected…
    expect((await loginFrom(sut, '127.0.0.99', 'test-raad', TEST_PASSWORD)).cookie).toMatch(
      /^leerlus_sessie=/,
    );
    // …and after the (first, shortest) delay the user gets in: a delay, not a lock-out.
    await new Promise((done) => setTimeout(done, ACCOUNT_DELAY_BASE_MS + 100));
    expect((await loginFrom(sut, '127.0.0.100', 'test-beheer', TEST_PASSWORD)).cookie).toMatch(
      /^leerlus_sessie=/,
    );
  });
});

describe('changing and resetting passwords', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });

  afterAll(async () => {
    await sut.close();
  });

  it('should refuse short, common and easily guessed passwords and accept a long passphrase', async () => {
    const session = await sut.login('college');
    for (const weak of ['kort', 'aaaaaaaaaaaa', '123456789012', 'password1234', 'test-college-2024']) {
      const result = await session.graphql(CHANGE, { c: TEST_PASSWORD, n: weak });
      expect({ weak, code: result.errors?.[0]?.extensions?.code }).toEqual({ weak, code: 'BAD_USER_INPUT' });
    }
    const wrongCurrent = await session.graphql(CHANGE, { c: 'niet-het-wachtwoord', n: NEW_PASSWORD });
    expect(wrongCurrent.errors?.[0]?.message).toBe('Het huidige wachtwoord klopt niet.');

    const other = await sut.login('college');
    const changed = await session.graphql<{ changePassword: boolean }>(CHANGE, {
      c: TEST_PASSWORD,
      n: NEW_PASSWORD,
    });
    expect(changed).toEqual({ data: { changePassword: true } });
    // This session stays, the user's other session ends, and only the new password works.
    expect(
      (await session.graphql<{ me: { username: string } }>('{ me { username } }')).data?.me.username,
    ).toBe('test-college');
    expect((await other.graphql('{ me { username } }')).data).toEqual({ me: null });
    expect((await loginFrom(sut, '127.0.0.1', 'test-college', TEST_PASSWORD)).cookie).toBeNull();
    expect((await loginFrom(sut, '127.0.0.1', 'test-college', NEW_PASSWORD)).cookie).toMatch(
      /^leerlus_sessie=/,
    );
    const { rows } = await sut.database.pool.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'auth.password%' ORDER BY id`,
    );
    expect(rows.map((row) => row.action)).toEqual(['auth.password_change_failed', 'auth.password_changed']);
  });

  it("should let beheer reset a forgotten password within its municipality only, ending that user's sessions", async () => {
    await sut.database.pool.query(
      `INSERT INTO municipality (code, name) VALUES ('GM0901', 'Oostdorp'), ('GM0902', 'Westdorp') ON CONFLICT DO NOTHING`,
    );
    const raad = await sut.login('raad');
    await sut.database.pool.query(
      `UPDATE app_user SET municipality_code = 'GM0902' WHERE username = 'test-raad'`,
    );
    const beheer = await sut.login('beheer');
    await sut.database.pool.query(
      `UPDATE app_user SET municipality_code = 'GM0901' WHERE username = 'test-beheer'`,
    );

    const elsewhere = await beheer.graphql(RESET, { u: 'test-raad', n: NEW_PASSWORD });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const weak = await beheer.graphql(RESET, { u: 'test-beheer', n: 'aaaaaaaaaaaa' });
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await raad.graphql(RESET, { u: 'test-raad', n: NEW_PASSWORD })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    await sut.database.pool.query(
      `UPDATE app_user SET municipality_code = 'GM0902' WHERE username = 'test-beheer'`,
    );
    const reset = await beheer.graphql(RESET, { u: 'test-raad', n: NEW_PASSWORD });
    expect(reset).toEqual({ data: { resetPassword: true } });
    expect((await raad.graphql('{ me { username } }')).data).toEqual({ me: null });
    expect((await loginFrom(sut, '127.0.0.1', 'test-raad', NEW_PASSWORD)).cookie).toMatch(/^leerlus_sessie=/);
  });

  it('should allow only one password check per request', async () => {
    const session = await sut.login('panel');
    const result = await session.graphql(
      `mutation { a: changePassword(currentPassword: "x1", newPassword: "y") b: changePassword(currentPassword: "x2", newPassword: "y") }`,
    );
    expect(result.errors?.[0]?.message).toBe('changePassword mag maar één keer per verzoek voorkomen');
  });
});
