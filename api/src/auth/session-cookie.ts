import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The parts of Node's/Express's request and response the session handling needs. */
export interface SessionRequest {
  headers: IncomingHttpHeaders;
  socket?: { remoteAddress?: string };
}
export interface SessionResponse {
  appendHeader(name: string, value: string | readonly string[]): unknown;
}

/** `__Host-` binds the cookie to this exact origin (Secure, Path=/, no Domain); it needs HTTPS. */
export function sessionCookieName(production: boolean): string {
  return production ? '__Host-leerlus_sessie' : 'leerlus_sessie';
}

/** 256 random bits, URL-safe; the only copy is the user's cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A session token: base64url, at most 128 characters. */
const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

export function readCookie(
  headers: IncomingHttpHeaders,
  name: string,
  pattern: RegExp = SESSION_TOKEN_PATTERN,
): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      const value = part.slice(separator + 1).trim();
      return pattern.test(value) ? value : undefined;
    }
  }
  return undefined;
}

export function sessionCookie(
  name: string,
  token: string,
  options: { maxAgeSeconds: number; secure: boolean; sameSite?: 'Strict' | 'Lax' },
): string {
  return [
    `${name}=${token}`,
    'Path=/',
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    `SameSite=${options.sameSite ?? 'Strict'}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(name: string, secure: boolean): string {
  return sessionCookie(name, '', { maxAgeSeconds: 0, secure });
}
