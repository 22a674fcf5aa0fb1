import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DatabaseNotifications, SESSIONS_CHANGED_CHANNEL } from '../database/database-notifications';
import { AuthenticatedUser } from './role';
import { LiveSession } from './sessions.repository';

/** Sessions remembered at most; one per active browser, so far more than an installation has. */
const MAX_SESSIONS = 10_000;

/**
 * Live sessions checked within the last few seconds (`sessionCacheSeconds`), so that the requests of
 * a dashboard, which come in bursts, do not each look their session up in PostgreSQL (that lookup was
 * the largest cost of an answer served from the aggregate cache). What could make a remembered
 * session wrong is covered:
 * - a logout in this process forgets its session at once;
 * - every committed change that can end a session or change its user (a logout elsewhere, a
 *   deactivated user, another role) sends `leerlus_sessions_changed` (sql/migrations/0052), and then
 *   all sessions are forgotten; a lookup that started before such a change is not remembered;
 * - a session is never remembered past its own end (absolute expiry, idle timeout);
 * - without a working LISTEN connection nothing is remembered.
 */
@Injectable()
export class SessionCache implements OnModuleInit {
  private readonly sessions: LRUCache<string, AuthenticatedUser> | null;
  private readonly maxAgeMs: number;
  /** Counts invalidations, so a lookup that started before one is not remembered after it. */
  private version = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly notifications: DatabaseNotifications,
  ) {
    this.maxAgeMs = (config.sessionCacheSeconds ?? 0) * 1000;
    this.sessions = this.maxAgeMs > 0 ? new LRUCache({ max: MAX_SESSIONS }) : null;
  }

  async onModuleInit(): Promise<void> {
    if (!this.sessions) return;
    const forgetAll = (): void => this.forgetAll();
    await this.notifications.subscribe(SESSIONS_CHANGED_CHANNEL, { notified: forgetAll, reset: forgetAll });
  }

  /** The user of the session `tokenHash`: remembered, or from `lookUp()` (and then remembered if live). */
  async user(
    tokenHash: string,
    lookUp: (tokenHash: string) => Promise<LiveSession | null>,
  ): Promise<AuthenticatedUser | null> {
    const sessions = this.notifications.listening ? this.sessions : null;
    const remembered = sessions?.get(tokenHash);
    if (remembered) return remembered;
    const version = this.version;
    const session = await lookUp(tokenHash);
    if (!session) return null;
    const ttl = Math.min(this.maxAgeMs, session.validUntil.getTime() - Date.now());
    if (sessions && version === this.version && this.notifications.listening && ttl > 0) {
      sessions.set(tokenHash, session.user, { ttl });
    }
    return session.user;
  }

  /** Forgets one session (ended in this process). */
  forget(tokenHash: string): void {
    this.version++;
    this.sessions?.delete(tokenHash);
  }

  private forgetAll(): void {
    this.version++;
    this.sessions?.clear();
  }
}
