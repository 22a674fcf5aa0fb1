import { TokenBucketLimiter } from './rate-limit';

describe(TokenBucketLimiter.name, () => {
  let now: number;
  let sut: TokenBucketLimiter;

  beforeEach(() => {
    now = 1_000_000;
    sut = new TokenBucketLimiter(60, () => now);
  });

  it('should allow a burst up to the limit per minute', () => {
    for (let request = 0; request < 60; request++) expect(sut.take('user:1')).toBe(0);
    expect(sut.take('user:1')).toBeGreaterThan(0);
  });

  it('should say how many seconds until the next request is allowed', () => {
    for (let request = 0; request < 60; request++) sut.take('user:1');
    // 60 per minute: one token per second.
    expect(sut.take('user:1')).toBe(1);
    now += 1000;
    expect(sut.take('user:1')).toBe(0);
    expect(sut.take('user:1')).toBe(1);
  });

  it('should keep one bucket per key', () => {
    for (let request = 0; request < 60; request++) sut.take('user:1');
    expect(sut.take('user:1')).toBeGreaterThan(0);
    expect(sut.take('user:2')).toBe(0);
    expect(sut.take('ip:127.0.0.1')).toBe(0);
  });

  it('should refill continuously but never above the limit', () => {
    for (let request = 0; request < 60; request++) sut.take('user:1');
    now += 10 * 60_000;
    for (let request = 0; request < 60; request++) expect(sut.take('user:1')).toBe(0);
    expect(sut.take('user:1')).toBeGreaterThan(0);
  });

  it('should forget full buckets when it holds too many keys', () => {
    const small = new TokenBucketLimiter(60, () => now, 2);
    small.take('a');
    small.take('b');
    now += 60_000;
    expect(small.take('c')).toBe(0);
    expect(small.take('a')).toBe(0);
  });
});
