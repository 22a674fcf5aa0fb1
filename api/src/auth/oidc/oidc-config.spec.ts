import { claimValues, oidcConfigFromEnv, parseRoleMap, roleFromClaims } from './oidc-config';
import { OidcStateCookie, oidcStateKey } from './oidc-state';

const ENV = {
  LEERLUS_OIDC_ISSUER: 'https://login.gemeente.nl/realms/leerlus',
  LEERLUS_OIDC_CLIENT_ID: 'leerlus',
  LEERLUS_OIDC_REDIRECT_URI: 'https://leerlus.gemeente.nl/auth/oidc/callback',
  LEERLUS_OIDC_ROLE_MAP:
    'leerlus-raad=raad, leerlus-panel=panel,leerlus-college=college,leerlus-beleid=beleid,leerlus-beheer=beheer',
};

describe(oidcConfigFromEnv.name, () => {
  it('should be off without an issuer', () => {
    expect(oidcConfigFromEnv({}, true)).toBeUndefined();
    expect(oidcConfigFromEnv({ LEERLUS_OIDC_ISSUER: ' ' }, true)).toBeUndefined();
  });

  it('should read a full configuration with defaults', () => {
    const config = oidcConfigFromEnv({ ...ENV, LEERLUS_OIDC_CLIENT_SECRET: 'geheim' }, true);
    expect(config).toMatchObject({
      issuer: 'https://login.gemeente.nl/realms/leerlus',
      clientId: 'leerlus',
      clientSecret: 'geheim',
      scope: 'openid profile email',
      roleClaim: 'groups',
      municipalityClaim: undefined,
      allowHttp: false,
    });
    expect([...config!.roleMap]).toEqual([
      ['leerlus-raad', 'raad'],
      ['leerlus-panel', 'panel'],
      ['leerlus-college', 'college'],
      ['leerlus-beleid', 'beleid'],
      ['leerlus-beheer', 'beheer'],
    ]);
  });

  it('should refuse a half-made configuration', () => {
    expect(() => oidcConfigFromEnv({ ...ENV, LEERLUS_OIDC_CLIENT_ID: '' }, false)).toThrow(/CLIENT_ID/);
    expect(() => oidcConfigFromEnv({ ...ENV, LEERLUS_OIDC_REDIRECT_URI: undefined }, false)).toThrow(
      /REDIRECT_URI/,
    );
    expect(() => oidcConfigFromEnv({ ...ENV, LEERLUS_OIDC_ROLE_MAP: '' }, false)).toThrow(
      /ROLE_MAP is empty/,
    );
    expect(() => oidcConfigFromEnv({ ...ENV, LEERLUS_OIDC_ROLE_MAP: 'x=admin' }, false)).toThrow(
      /not one of/,
    );
    expect(() => oidcConfigFromEnv({ ...ENV, LEERLUS_OIDC_ISSUER: 'login' }, false)).toThrow(/not a URL/);
  });

  it('should allow a plain-HTTP provider outside production only', () => {
    const env = { ...ENV, LEERLUS_OIDC_ISSUER: 'http://localhost:8080/realms/leerlus' };
    expect(oidcConfigFromEnv(env, false)?.allowHttp).toBe(true);
    expect(() => oidcConfigFromEnv(env, true)).toThrow(/https in production/);
  });
});

describe(parseRoleMap.name, () => {
  it('should split at the last = and use ; when present (LDAP DNs)', () => {
    expect([...parseRoleMap('cn=raad,ou=groepen=raad; cn=beheer,ou=groepen=beheer')]).toEqual([
      ['cn=raad,ou=groepen', 'raad'],
      ['cn=beheer,ou=groepen', 'beheer'],
    ]);
    expect(() => parseRoleMap('zonder-rol')).toThrow(/is not <value>=<role>/);
  });
});

describe(roleFromClaims.name, () => {
  const config = oidcConfigFromEnv(ENV, true)!;

  it('should map a group, never give a default role, and prefer the role with the most access', () => {
    expect(roleFromClaims({ groups: ['medewerkers', 'leerlus-beleid'] }, config)).toBe('beleid');
    expect(roleFromClaims({ groups: 'leerlus-panel' }, config)).toBe('panel');
    expect(roleFromClaims({ groups: ['leerlus-beheer', 'leerlus-raad'] }, config)).toBe('beheer');
    expect(roleFromClaims({ groups: ['medewerkers'] }, config)).toBeNull();
    expect(roleFromClaims({ groups: 42 }, config)).toBeNull();
    expect(roleFromClaims({}, config)).toBeNull();
  });

  it('should read nested claims (Keycloak realm_access.roles) and claims with dots in their name', () => {
    expect(claimValues({ realm_access: { roles: ['a', 'b'] } }, 'realm_access.roles')).toEqual(['a', 'b']);
    expect(claimValues({ 'https://leerlus.nl/roles': ['c'] }, 'https://leerlus.nl/roles')).toEqual(['c']);
  });
});

describe(OidcStateCookie.name, () => {
  const login = { state: 's'.repeat(43), nonce: 'n'.repeat(43), codeVerifier: 'v'.repeat(43) };

  function cookieHeader(setCookie: string): { cookie: string } {
    return { cookie: setCookie.split(';')[0]! };
  }

  it('should round-trip, as an HttpOnly SameSite=Lax cookie of 10 minutes', () => {
    const sut = new OidcStateCookie(oidcStateKey('geheim'), true);
    const setCookie = sut.serialize(login, 1_000);
    expect(setCookie).toMatch(
      /^__Host-leerlus_oidc=.+; Path=\/; Max-Age=600; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(sut.read(cookieHeader(setCookie), 2_000)).toEqual(login);
    // Another instance with the same client secret accepts it.
    expect(new OidcStateCookie(oidcStateKey('geheim'), true).read(cookieHeader(setCookie), 2_000)).toEqual(
      login,
    );
  });

  it('should reject an expired, tampered or foreign cookie', () => {
    const sut = new OidcStateCookie(oidcStateKey('geheim'), false);
    const { cookie } = cookieHeader(sut.serialize(login, 0));
    expect(sut.read({ cookie }, 601_000)).toBeUndefined();
    const [name, value] = cookie.split('=') as [string, string];
    const [payload, signature] = value.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...login, expiresAt: 9e15 })).toString('base64url');
    expect(sut.read({ cookie: `${name}=${forged}.${signature}` }, 1_000)).toBeUndefined();
    expect(sut.read({ cookie: `${name}=${payload}.${signature}` }, 1_000)).toEqual(login);
    expect(new OidcStateCookie(oidcStateKey('ander'), false).read({ cookie }, 1_000)).toBeUndefined();
    expect(new OidcStateCookie(oidcStateKey(undefined), false).read({ cookie }, 1_000)).toBeUndefined();
  });
});
