/**
 * In-memory brake on password guessing (one API process; no @nestjs/throttler in this repo). A key
 * (a client address) that failed `maxFailures` times within
 * `windowMs` is refused without checking the password until the oldest failure leaves the window.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  isBlocked(key: string): boolean {
    return this.recent(key).length >= this.maxFailures;
  }

  fail(key: string): void {
    if (this.failures.size > 10_000) this.prune();
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((time) => time > since);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) {
      if (!this.recent(key).length) this.failures.delete(key);
    }
  }
}

/**
 * Per account (the typed username, from whatever address): after `freeFailures` failures every further
 * attempt must wait `baseMs · 2^(failures − freeFailures)`, at most `maxMs`, after the last failure;
 * attempts within that wait are refused unchecked and do not count. A growing delay, not a lock-out: an
 * attacker can slow an account down to one guess per `maxMs`, never keep its user out for longer.
 * Failures are forgotten `forgetMs` after the last one, or on a successful login.
 */
export class GrowingDelay {
  private readonly failures = new Map<string, { count: number; last: number }>();

  constructor(
    private readonly freeFailures: number,
    private readonly baseMs: number,
    private readonly maxMs: number,
    private readonly forgetMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds to wait before this key may try again; 0 when it may try now. */
  waitMs(key: string): number {
    const entry = this.current(key);
    if (!entry || entry.count < this.freeFailures) return 0;
    const delay = Math.min(this.maxMs, this.baseMs * 2 ** (entry.count - this.freeFailures));
    return Math.max(0, entry.last + delay - this.now());
  }

  fail(key: string): void {
    if (this.failures.size > 10_000) this.prune();
    this.failures.set(key, { count: (this.current(key)?.count ?? 0) + 1, last: this.now() });
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private current(key: string): { count: number; last: number } | undefined {
    const entry = this.failures.get(key);
    return entry && this.now() - entry.last < this.forgetMs ? entry : undefined;
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) {
      if (!this.current(key)) this.failures.delete(key);
    }
  }
}

/** At most `max` tasks at a time; argon2 needs tens of MiB per hash, so logins must not pile up. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.max) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // slot handed over on release
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
