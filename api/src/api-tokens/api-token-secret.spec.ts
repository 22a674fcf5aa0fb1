import { hashApiToken, newApiToken, readBearerToken } from './api-token-secret';

describe('api token secret', () => {
  it('should make a recognisable token of 256 random bits and keep only its hash', () => {
    const first = newApiToken();
    const second = newApiToken();
    expect(first.token).toMatch(/^llus_[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    expect(first.hash).toBe(hashApiToken(first.token));
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.prefix).toBe(first.token.slice(0, 11));
  });

  it('should read a Bearer token, refuse a malformed one and ignore other schemes', () => {
    const { token } = newApiToken();
    expect(readBearerToken({ authorization: `Bearer ${token}` })).toBe(token);
    expect(readBearerToken({ authorization: `bearer  ${token} ` })).toBe(token);
    expect(readBearerToken({ authorization: 'Bearer geheim' })).toBeNull();
    expect(readBearerToken({ authorization: 'Bearer' })).toBeNull();
    expect(readBearerToken({ authorization: `Bearer ${token} extra` })).toBeNull();
    expect(readBearerToken({ authorization: 'Basic dXNlcjpwYXNz' })).toBeUndefined();
    expect(readBearerToken({})).toBeUndefined();
  });
});
