import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { readCookie, sessionCookie } from '../session-cookie';

/** What the callback needs to check the provider's answer: PKCE verifier, state and nonce. */
export interface OidcLoginState {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A login must come back from the provider within 10 minutes. */
export const OIDC_STATE_SECONDS = 10 * 60;

/** `__Host-` (production) binds the cookie to this origin; Lax, because the provider's redirect back is cross-site. */
export function oidcStateCookieName(production: boolean): string {
  return production ? '__Host-leerlus_oidc' : 'leerlus_oidc';
}

/**
 * The HMAC key for the state cookie: derived from the client secret when there is one (so every
 * instance behind a load balancer accepts it), else random for this process.
 */
export function oidcStateKey(clientSecret: string | undefined): Buffer {
  return clientSecret
    ? Buffer.from(hkdfSync('sha256', clientSecret, 'leerlus', 'oidc-state-cookie', 32))
    : randomBytes(32);
}

/**
 * `<payload>.<signature>` in base64url: the login's state, nonce and PKCE verifier with an expiry,
 * signed with HMAC-SHA256. The cookie is HttpOnly, so page scripts never see the verifier.
 */
export class OidcStateCookie {
  readonly name: string;

  constructor(
    private readonly key: Buffer,
    private readonly production: boolean,
  ) {
    this.name = oidcStateCookieName(production);
  }

  serialize(login: OidcLoginState, now = Date.now()): string {
    const payload = Buffer.from(
      JSON.stringify({ ...login, expiresAt: now + OIDC_STATE_SECONDS * 1000 }),
    ).toString('base64url');
    return sessionCookie(this.name, `${payload}.${this.sign(payload)}`, {
      maxAgeSeconds: OIDC_STATE_SECONDS,
      secure: this.production,
      sameSite: 'Lax',
    });
  }

  cleared(): string {
    return sessionCookie(this.name, '', { maxAgeSeconds: 0, secure: this.production, sameSite: 'Lax' });
  }

  /** The login state from the request's cookie; undefined when absent, tampered with or expired. */
  read(headers: IncomingHttpHeaders, now = Date.now()): OidcLoginState | undefined {
    const value = readCookie(headers, this.name, /^[A-Za-z0-9_-]{1,1024}\.[A-Za-z0-9_-]{43}$/);
    if (!value) return undefined;
    const [payload = '', signature = ''] = value.split('.');
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (!isStoredState(parsed) || parsed.expiresAt <= now) return undefined;
    return { state: parsed.state, nonce: parsed.nonce, codeVerifier: parsed.codeVerifier };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload, 'utf8').digest('base64url');
  }
}

function isStoredState(value: unknown): value is OidcLoginState & { expiresAt: number } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.state === 'string' &&
    typeof record.nonce === 'string' &&
    typeof record.codeVerifier === 'string' &&
    typeof record.expiresAt === 'number'
  );
}
