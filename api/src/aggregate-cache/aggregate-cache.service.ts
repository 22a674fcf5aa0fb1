import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AuthenticatedUser } from '../auth/role';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DATA_CHANGED_CHANNEL, DatabaseNotifications } from '../database/database-notifications';
import { systemClock } from '../metrics/metrics.service';

/**
 * The cache key of a question: besides the data an aggregate answer depends only on the question, the
 * role (suppression) and municipality scope of the user, and today's date in Europe/Amsterdam, as the
 * services count it (periods "to date", ages of open cases).
 */
export function aggregateCacheKey(user: AuthenticatedUser, question: readonly unknown[]): string {
  return JSON.stringify([...question, user.role, user.municipalityCode, systemClock.today()]);
}

/**
 * Answers of aggregate queries, kept until the data changes. Dashboards ask the same questions over and
 * over while the data changes only with an import, so an answer is computed once per data version:
 * the cache listens for `leerlus_data_changed` (DatabaseNotifications) and drops everything on each
 * notification, whichever process committed the change. Concurrent identical requests share one
 * computation. Without a working LISTEN connection nothing is cached (a missed notification could
 * serve stale numbers). Both maps are bounded by entries (`aggregateCacheEntries`) and, when set, by the
 * size of the answers' JSON text (`aggregateCacheMegabytes`), least recently used first.
 */
@Injectable()
export class AggregateCache implements OnModuleInit {
  private readonly entries: LRUCache<string, Promise<unknown>> | null;
  /** Whole GraphQL answers (see ResponseCachePlugin), kept and dropped together with `entries`. */
  private readonly responses: LRUCache<string, object> | null;
  /** Counts invalidations, so an answer computed before one is never kept after it. */
  private version = 0;
  private readonly invalidationListeners: (() => void)[] = [];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly notifications: DatabaseNotifications,
  ) {
    const max = config.aggregateCacheEntries ?? 0;
    const maxSize = Math.floor((config.aggregateCacheMegabytes ?? 0) * 1024 * 1024);
    // With a size bound every entry needs a size: 1 until an answer's own size is known.
    const bounds = maxSize > 0 ? { max, maxSize, sizeCalculation: () => 1 } : { max };
    this.entries = max > 0 ? new LRUCache<string, Promise<unknown>>(bounds) : null;
    this.responses = max > 0 ? new LRUCache<string, object>(bounds) : null;
  }

  async onModuleInit(): Promise<void> {
    if (!this.entries) return;
    const invalidate = (): void => this.invalidate();
    await this.notifications.subscribe(DATA_CHANGED_CHANNEL, { notified: invalidate, reset: invalidate });
  }

  /** Whether answers are being cached right now. */
  get active(): boolean {
    return this.entries !== null && this.notifications.listening;
  }

  /** The cached answer for `key`, or `compute()`'s (shared by concurrent callers, kept unless it fails). */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const entries = this.entries;
    if (!entries || !this.active) return compute();
    const hit = entries.get(key) as Promise<T> | undefined;
    if (hit) return hit;
    const pending = compute();
    entries.set(key, pending);
    pending.then(
      // Sized by its JSON text once known (an answer larger than the whole bound is not kept). A new
      // promise of the same answer: lru-cache keeps the old size when a key is set to the same value.
      (answer) => {
        if (entries.maxSize > 0 && entries.peek(key) === pending) {
          entries.set(key, Promise.resolve(answer), { size: jsonLength(answer) });
        }
      },
      () => {
        if (entries.peek(key) === pending) entries.delete(key);
      },
    );
    return pending;
  }

  /** Drops every answer, also those still being computed (they may have read the old data). */
  invalidate(): void {
    this.version++;
    this.entries?.clear();
    this.responses?.clear();
    this.invalidationListeners.forEach((listener) => listener());
  }

  /** Calls `listener` after every invalidate(). */
  onInvalidated(listener: () => void): void {
    this.invalidationListeners.push(listener);
  }

  /** The data version now; pass it to keepResponse() for an answer whose computation starts now. */
  get dataVersion(): number {
    return this.version;
  }

  /** A whole answer kept by keepResponse(), if any. */
  response<T extends object>(key: string): T | undefined {
    return this.active ? (this.responses?.get(key) as T | undefined) : undefined;
  }

  /**
   * Keeps a whole answer of `size` (the length of its JSON text), unless the data changed since
   * `dataVersion` was read or caching is off.
   */
  keepResponse(key: string, answer: object, dataVersion: number, size: number): void {
    const responses = this.responses;
    if (!responses || !this.active || dataVersion !== this.version) return;
    responses.set(key, answer, responses.maxSize > 0 ? { size: Math.max(1, size) } : {});
  }
}

/** The length of a value's JSON text; 1 for a value JSON cannot write (it is then sized as small). */
function jsonLength(value: unknown): number {
  try {
    return Math.max(1, JSON.stringify(value)?.length ?? 1);
  } catch {
    return 1;
  }
}
