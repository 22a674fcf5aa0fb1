import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Recognisable in logs, configuration files and secret scanners ("Leerlus"). */
export const API_TOKEN_PREFIX = 'llus_';
/** Characters of the token shown in the list, so a user can tell their tokens apart. */
const SHOWN_CHARACTERS = API_TOKEN_PREFIX.length + 6;
/** `llus_` and 256 random bits, URL-safe. */
const API_TOKEN_PATTERN = /^llus_[A-Za-z0-9_-]{43}$/;

export interface NewApiToken {
  token: string;
  hash: string;
  prefix: string;
}

/** A new token: the user sees `token` once; only `hash` is stored. */
export function newApiToken(): NewApiToken {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, SHOWN_CHARACTERS) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The bearer credential of `Authorization: Bearer <token>`: undefined without a Bearer header (other
 * schemes, e.g. a proxy's Basic authentication, are left alone), null when the Bearer header holds no
 * well-formed API token (then the request is refused, not treated as anonymous or as the session's).
 */
export function readBearerToken(headers: IncomingHttpHeaders): string | null | undefined {
  const match = /^Bearer(?:\s(.*))?$/is.exec(headers.authorization ?? '');
  if (!match) return undefined;
  const token = (match[1] ?? '').trim();
  return API_TOKEN_PATTERN.test(token) ? token : null;
}
