import { tokenStatus } from '@/modules/apiTokens/utils/tokenStatus';

describe('tokenStatus', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('should call a token valid until its expiry', () => {
    expect(tokenStatus({ expiresAt: '2026-06-01T12:00:01Z' }, now)).toBe('geldig');
    expect(tokenStatus({ expiresAt: '2026-06-01T12:00:00Z' }, now)).toBe('verlopen');
  });

  it('should call a revoked token revoked, also before its expiry', () => {
    expect(tokenStatus({ expiresAt: '2027-01-01T00:00:00Z', revokedAt: '2026-05-01T00:00:00Z' }, now)).toBe(
      'ingetrokken',
    );
  });
});
