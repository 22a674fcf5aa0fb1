import { LoginThrottle, Semaphore } from './login-throttle';

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
