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
 * The bearer credential of `Authorization: Bearer <token>`: undefined without that header, null when
 * the header is there but holds no well-formed API token (then the request is refused, not treated as
 * anonymous or as the session's).
 */
export function readBearerToken(headers: IncomingHttpHeaders): string | null | undefined {
  const header = headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] && API_TOKEN_PATTERN.test(match[1]) ? match[1] : null;
}
