import { writeFile } from 'node:fs/promises';
import { createServer, Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { createTestApp, TestApp } from '../../testing/createTestApp';
import { oidcConfigFromEnv } from './oidc-config';
import { OIDC_MESSAGES } from './oidc.service';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

/**
 * The whole authorization code flow with PKCE against a real OpenID Connect provider (panva's
 * oidc-provider, in this process on a random port), over real HTTP: Leerlus → provider login and
 * consent (its development interactions) → Leerlus callback → session.
 */

interface TestAccount {
  name: string;
  groups: string[];
  gemeente?: string;
}

const ACCOUNTS: Record<string, TestAccount> = {
  'anna-beleid': { name: 'Anna de Vries', groups: ['medewerkers', 'leerlus-beleid'], gemeente: 'GM0344' },
  'bert-beide': { name: 'Bert Jansen', groups: ['leerlus-raad', 'leerlus-beheer'], gemeente: 'GM0344' },
  'carla-geen-rol': { name: 'Carla Bakker', groups: ['medewerkers'], gemeente: 'GM0344' },
  'dirk-onbekende-gemeente': { name: 'Dirk Smit', groups: ['leerlus-raad'], gemeente: 'GM9999' },
};

/** Where the provider sends the browser back: the public URL (as behind a reverse proxy), not the test port. */
const REDIRECT_URI = 'https://leerlus.test/auth/oidc/callback';
const CLIENT_SECRET = 'test-client-secret-met-genoeg-lengte';

async function startProvider(): Promise<{ issuer: string; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The provider warns that its development login pages are on: that is what this test uses.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'leerlus',
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], profile: ['name'], groups: ['groups', 'gemeente'] },
    findAccount(_ctx, id) {
      const account = ACCOUNTS[id];
      return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
    },
    cookies: { keys: ['test-cookie-key'] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
  });
  warn.mockRestore();
  const handle = provider.callback();
  server.on('request', (req, res) => void handle(req, res));
  return { issuer, server };
}

/** A browser's cookies, just enough for this flow (no paths or domains: every cookie goes to its own host). */
class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  store(url: string, response: Response): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    this.cookies.set(host, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  }

  header(url: string): string {
    const jar = this.cookies.get(new URL(url).host) ?? new Map<string, string>();
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

describe('OIDC login', () => {
  let issuer: string;
  let providerServer: Server;
  let sut: TestApp;

  beforeAll(async () => {
    ({ issuer, server: providerServer } = await startProvider());
  });

  afterAll(async () => {
    providerServer.closeAllConnections();
    await new Promise((resolve) => providerServer.close(resolve));
  });

  beforeEach(async () => {
    const oidc = oidcConfigFromEnv(
      {
        LEERLUS_OIDC_ISSUER: issuer,
        LEERLUS_OIDC_CLIENT_ID: 'leerlus',
        LEERLUS_OIDC_CLIENT_SECRET: CLIENT_SECRET,
        LEERLUS_OIDC_REDIRECT_URI: REDIRECT_URI,
        LEERLUS_OIDC_SCOPE: 'openid profile groups',
        LEERLUS_OIDC_ROLE_MAP: 'leerlus-raad=raad,leerlus-beleid=beleid,leerlus-beheer=beheer',
        LEERLUS_OIDC_MUNICIPALITY_CLAIM: 'gemeente',
      },
      false,
    );
    sut = await createTestApp({ oidc });
    await sut.database.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0344', 'Utrecht')`);
  });

  afterEach(async () => {
    await sut.close();
  });

  async function fetchManual(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = jar.header(url);
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    jar.store(url, response);
    return response;
  }

  /** Leerlus login → provider (log in as `account`, give consent) → the URL the provider sends the browser back to. */
  async function throughProvider(jar: CookieJar, account: string): Promise<URL> {
    const start = await fetchManual(jar, `${sut.baseUrl}/auth/oidc/login`);
    expect(start.status).toBe(303);
    let location = new URL(start.headers.get('location') ?? '', sut.baseUrl);
    expect(location.origin).toBe(issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('nonce')).toBeTruthy();

    for (let step = 0; step < 10; step++) {
      if (location.href.startsWith(REDIRECT_URI)) return location;
      let response = await fetchManual(jar, location.href);
      const interaction = /^\/interaction\/([^/]+)$/.exec(location.pathname);
      if (interaction && response.status === 200) {
        const prompt = /name="prompt" value="(\w+)"/.exec(await response.text())?.[1];
        response = await fetchManual(jar, location.href, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ prompt: prompt ?? '', login: account, password: 'x' }).toString(),
        });
      }
      const next = response.headers.get('location');
      if (!next) {
        throw new Error(`provider stopped at ${location.href}: ${response.status} ${await response.text()}`);
      }
      location = new URL(next, location);
    }
    throw new Error('too many redirects');
  }

  /** The provider's redirect, delivered to this test server instead of the public host. */
  function callbackUrl(providerRedirect: URL): string {
    return `${sut.baseUrl}/auth/oidc/callback${providerRedirect.search}`;
  }

  async function auditActions(): Promise<{ action: string; details: Record<string, unknown> }[]> {
    const { rows } = await sut.database.pool.query<{ action: string; details: Record<string, unknown> }>(
      'SELECT action, details FROM audit_log ORDER BY id',
    );
    return rows;
  }

  it('should log in a user with a mapped group, create the external account and start a session', async () => {
    const jar = new CookieJar();
    const redirect = await throughProvider(jar, 'anna-beleid');
    expect(redirect.searchParams.get('code')).toBeTruthy();

    const callback = await fetchManual(jar, callbackUrl(redirect));
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/');
    const setCookies = callback.headers.getSetCookie();
    expect(setCookies.some((line) => /^leerlus_oidc=;.*Max-Age=0/.test(line))).toBe(true);
    const session = setCookies.find((line) => line.startsWith('leerlus_sessie='));
    expect(session).toMatch(/HttpOnly; SameSite=Strict/);

    const me = await sut.post(
      { query: '{ me { username displayName role } }' },
      { cookie: session!.split(';')[0]! },
    );
    expect(await me.json()).toEqual({
      data: { me: { username: 'oidc:anna-beleid', displayName: 'Anna de Vries', role: 'beleid' } },
    });

    const { rows } = await sut.database.pool.query(
      `SELECT username, role, municipality_code, external_issuer, external_subject, password_hash FROM app_user`,
    );
    expect(rows).toEqual([
      {
        username: 'oidc:anna-beleid',
        role: 'beleid',
        municipality_code: 'GM0344',
        external_issuer: new URL(issuer).href,
        external_subject: 'anna-beleid',
        password_hash: null,
      },
    ]);
    expect(await auditActions()).toEqual([{ action: 'auth.login', details: { method: 'oidc' } }]);

    // The local login never accepts an external account.
    const local = await sut.graphql('mutation { login(username: "oidc:anna-beleid", password: "") { id } }');
    expect(local.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should give the role with the most access when several groups are mapped, and follow changes', async () => {
    const first = await fetchManual(
      new CookieJar(),
      callbackUrl(await throughProvider(new CookieJar(), 'anna-beleid')),
    );
    expect(first.status).toBe(400); // a redirect without this browser's state cookie

    const jar = new CookieJar();
    const callback = await fetchManual(jar, callbackUrl(await throughProvider(jar, 'bert-beide')));
    expect(callback.status).toBe(303);
    const { rows } = await sut.database.pool.query<{ role: string }>(
      `SELECT role FROM app_user WHERE external_subject = 'bert-beide'`,
    );
    expect(rows[0]?.role).toBe('beheer');

    // A user the administrator turned off stays off, whatever the provider says.
    await sut.database.pool.query(`UPDATE app_user SET active = false WHERE external_subject = 'bert-beide'`);
    const again = new CookieJar();
    const refused = await fetchManual(again, callbackUrl(await throughProvider(again, 'bert-beide')));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(OIDC_MESSAGES.inactive);
  });

  it('should refuse a user without a mapped role, with a Dutch message and no account or session', async () => {
    const jar = new CookieJar();
    const callback = await fetchManual(jar, callbackUrl(await throughProvider(jar, 'carla-geen-rol')));
    expect(callback.status).toBe(403);
    expect(callback.headers.get('content-type')).toMatch(/text\/html/);
    const page = await callback.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain(OIDC_MESSAGES.noRole);
    expect(callback.headers.getSetCookie().some((line) => line.startsWith('leerlus_sessie='))).toBe(false);
    const { rows } = await sut.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
    expect(rows[0]?.n).toBe(0);
    expect(await auditActions()).toEqual([
      { action: 'auth.login_failed', details: { method: 'oidc', reason: 'no_role' } },
    ]);
  });

  it('should refuse a municipality that Leerlus does not know', async () => {
    const jar = new CookieJar();
    const callback = await fetchManual(
      jar,
      callbackUrl(await throughProvider(jar, 'dirk-onbekende-gemeente')),
    );
    expect(callback.status).toBe(403);
    expect(await callback.text()).toContain(OIDC_MESSAGES.noMunicipality);
  });

  it('should refuse a callback whose state does not match the cookie', async () => {
    const jar = new CookieJar();
    const redirect = await throughProvider(jar, 'anna-beleid');
    redirect.searchParams.set('state', 'vervalst');
    const callback = await fetchManual(jar, callbackUrl(redirect));
    expect(callback.status).toBe(400);
    expect(await callback.text()).toContain(OIDC_MESSAGES.failed);
    expect((await auditActions())[0]).toMatchObject({
      action: 'auth.login_failed',
      details: { method: 'oidc', reason: 'provider' },
    });
  });

  it('should say OIDC is on in authOptions', async () => {
    expect(await sut.graphql('{ authOptions { oidc } }')).toEqual({ data: { authOptions: { oidc: true } } });
  });
});

describe('OIDC login switched off', () => {
  let sut: TestApp;

  beforeAll(async () => {
    // With a dashboard build: /auth/* must reach the controller, not the dashboard's index.html.
    const webDist = await tempDir('leerlus-web-');
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>dashboard</title>');
    sut = await createTestApp({ webDist });
  });

  afterAll(async () => {
    await sut.close();
  });

  it('should answer 404 with a Dutch page and report oidc false', async () => {
    const response = await fetch(`${sut.baseUrl}/auth/oidc/login`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(OIDC_MESSAGES.off);
    expect(await sut.graphql('{ authOptions { oidc } }')).toEqual({ data: { authOptions: { oidc: false } } });
  });
});
