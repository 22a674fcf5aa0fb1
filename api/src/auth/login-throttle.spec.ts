import { GrowingDelay, LoginThrottle, Semaphore } from './login-throttle';

describe(LoginThrottle.name, () => {
  it('should block a key after the maximum failures within the window, and release it later', () => {
    let now = 0;
    const sut = new LoginThrottle(3, 1000, () => now);
    sut.fail('a');
    sut.fail('a');
    expect(sut.isBlocked('a')).toBe(false);
    sut.fail('a');
    expect(sut.isBlocked('a')).toBe(true);
    expect(sut.isBlocked('b')).toBe(false);
    now = 1001;
    expect(sut.isBlocked('a')).toBe(false);
  });

  it('should forget failures after a success', () => {
    const sut = new LoginThrottle(2, 1000);
    sut.fail('a');
    sut.succeed('a');
    sut.fail('a');
    expect(sut.isBlocked('a')).toBe(false);
  });
});

describe(GrowingDelay.name, () => {
  it('should let the free failures pass, then double the wait up to the maximum, and forget later', () => {
    let now = 0;
    const sut = new GrowingDelay(2, 1000, 4000, 60_000, () => now);
    sut.fail('a');
    sut.fail('a');
    expect(sut.waitMs('a')).toBe(1000);
    sut.fail('a');
    expect(sut.waitMs('a')).toBe(2000);
    sut.fail('a');
    sut.fail('a');
    expect(sut.waitMs('a')).toBe(4000);
    expect(sut.waitMs('b')).toBe(0);
    now = 4000;
    expect(sut.waitMs('a')).toBe(0);
    sut.fail('a');
    now = 64_001;
    expect(sut.waitMs('a')).toBe(0);
    sut.fail('a');
    expect(sut.waitMs('a')).toBe(0);
    sut.succeed('a');
  });
});

describe(Semaphore.name, () => {
  it('should never run more than the maximum tasks at once', async () => {
    const sut = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    };
    await Promise.all(Array.from({ length: 10 }, () => sut.run(task)));
    expect(peak).toBe(2);
  });
});
