export type TokenStatus = 'geldig' | 'verlopen' | 'ingetrokken';

interface TokenDates {
  expiresAt: string;
  revokedAt?: string | null;
}

/** Whether a token still works now; the API decides again on every request. */
export function tokenStatus(token: TokenDates, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'ingetrokken';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'verlopen' : 'geldig';
}

export const TOKEN_STATUS_LABELS: Record<TokenStatus, string> = {
  geldig: 'Geldig',
  verlopen: 'Verlopen',
  ingetrokken: 'Ingetrokken',
};
