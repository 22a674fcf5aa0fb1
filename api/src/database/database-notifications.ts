import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Sent at commit by every change to data the aggregates read (sql/migrations/0041). */
export const DATA_CHANGED_CHANNEL = 'leerlus_data_changed';
/** Sent at commit by every change that can end a session or change its user (sql/migrations/0052). */
export const SESSIONS_CHANGED_CHANNEL = 'leerlus_sessions_changed';
const CHANNELS = [DATA_CHANGED_CHANNEL, SESSIONS_CHANGED_CHANNEL] as const;
export type NotificationChannel = (typeof CHANNELS)[number];

/** The listening connection's name in pg_stat_activity, for operators (and tests). */
export const NOTIFICATIONS_APPLICATION_NAME = 'leerlus-notifications';
const RECONNECT_MS = 1000;

/** A cache of database-derived answers, kept true by notifications. */
export interface NotificationSubscriber {
  /** A change on the channel was committed. */
  notified(): void;
  /** Changes may have gone unnoticed (the connection was lost, or has just been made): forget everything. */
  reset(): void;
}

/**
 * The one LISTEN connection of this process, shared by its caches. NOTIFY is transactional, so a
 * notification arrives only for a committed change, whichever process made it (the API, the ETL, an
 * operator in psql). While the connection is down `listening` is false and a cache must not answer
 * from memory: a notification it missed could make it serve stale data. It reconnects every second.
 */
@Injectable()
export class DatabaseNotifications implements OnModuleDestroy {
  private readonly logger = new Logger(DatabaseNotifications.name);
  private readonly subscribers = new Map<NotificationChannel, NotificationSubscriber[]>(
    CHANNELS.map((channel) => [channel, []]),
  );
  private client: Client | null = null;
  private started: Promise<void> | null = null;
  private connected = false;
  private closed = false;
  private reconnect: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get listening(): boolean {
    return this.connected;
  }

  /** Registers `subscriber`; resolves once the first connection attempt is over. */
  subscribe(channel: NotificationChannel, subscriber: NotificationSubscriber): Promise<void> {
    this.subscribers.get(channel)!.push(subscriber);
    this.started ??= this.connect();
    return this.started;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    this.connected = false;
    await this.client?.end().catch(() => undefined);
  }

  private resetAll(): void {
    for (const subscribers of this.subscribers.values()) subscribers.forEach((each) => each.reset());
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.config.databaseUrl,
      application_name: NOTIFICATIONS_APPLICATION_NAME,
    });
    const lost = (error?: Error): void => {
      if (this.client !== client) return;
      this.client = null;
      this.connected = false;
      this.resetAll();
      if (this.closed) return;
      this.logger.warn(`caches off until the database is back: ${error?.message ?? 'connection closed'}`);
      this.reconnect = setTimeout(() => void this.connect(), RECONNECT_MS);
      this.reconnect.unref();
    };
    client.on('notification', (message) => {
      this.subscribers.get(message.channel as NotificationChannel)?.forEach((each) => each.notified());
    });
    client.on('error', lost);
    client.on('end', () => lost());
    this.client = client;
    try {
      await client.connect();
      await client.query(CHANNELS.map((channel) => `LISTEN ${channel}`).join('; '));
      // Changes made while no one listened are unknown.
      this.resetAll();
      this.connected = !this.closed;
    } catch (error) {
      await client.end().catch(() => undefined);
      lost(error as Error);
    }
  }
}
