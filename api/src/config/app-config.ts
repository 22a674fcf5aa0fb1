import { resolve } from 'node:path';
import { OidcConfig, oidcConfigFromEnv } from '../auth/oidc/oidc-config';

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /**
   * How long a statement of the API may wait for a lock (milliseconds) before it fails with DATA_BUSY
   * (api/src/hardening/database-busy.ts), e.g. behind an initial load that holds the fact tables until
   * it commits. 0 or absent: wait as long as it takes.
   */
  databaseLockTimeoutMs?: number;
  production: boolean;
  /** Built dashboard served at `/`; absent in API-only test setups. */
  webDist: string | undefined;
  version: string;
  /** Where the code-first GraphQL schema is written; in memory when absent. */
  schemaFile?: string;
  /**
   * Requests per minute per user (per client address when anonymous) on /graphql; a token bucket
   * in this process (see docs/security.md). 0 or absent: no rate limit (tests, benchmarks).
   */
  rateLimitPerMinute?: number;
  /** Highest accepted query cost (see api/src/hardening/query-cost.ts); absent: the default. */
  maxQueryCost?: number;
  /**
   * How many aggregate answers to keep until the data changes (api/src/aggregate-cache). 0 or absent:
   * no cache (tests that change the data between queries).
   */
  aggregateCacheEntries?: number;
  /**
   * Bound on each of the two answer caches, in megabytes of the answers' JSON text (objects in memory
   * take a few times more). 0 or absent: bounded by `aggregateCacheEntries` only.
   */
  aggregateCacheMegabytes?: number;
  /**
   * How many of the most recently asked dashboard questions are computed again right after each data
   * change (api/src/aggregate-cache/aggregate-cache.warmer.ts). 0 or absent: none.
   */
  aggregateWarmQuestions?: number;
  /** Time budget of one warm-up round in milliseconds; the rest waits for a viewer to ask. Default 10 s. */
  aggregateWarmBudgetMs?: number;
  /**
   * A question whose computation took longer than this (milliseconds) is not warmed up again: the
   * one who asks it again waits, not everyone after every import. Default 2 s.
   */
  aggregateWarmMaxQuestionMs?: number;
  /**
   * How long a checked session is remembered (api/src/auth/session-cache.ts); forgotten at once on
   * every change that can end it. 0 or absent: every request looks its session up.
   */
  sessionCacheSeconds?: number;
  /**
   * Outgoing e-mail for scheduled P&C reports (LEERLUS_SMTP_URL, LEERLUS_MAIL_FROM; docs/reports.md).
   * Absent: no scheduled reports are sent.
   */
  mail?: MailConfig;
  /** Login with an organisation account (LEERLUS_OIDC_*, docs/security.md); absent: off. */
  oidc?: OidcConfig;
  /**
   * Minutes between scheduled recomputes of the signals (api/src/signals/signals.scheduler.ts): a
   * signal depends on today (quarters end, reports fall due) also when nothing is imported. 0 or
   * absent: only after imports.
   */
  signalsRefreshMinutes?: number;
}

export interface MailConfig {
  /** e.g. smtps://user:password@smtp.example.nl:465 (nodemailer connection URL). */
  smtpUrl: string;
  from: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function appConfigFromEnv(databaseUrl: string, env = process.env): AppConfig {
  const oidc = oidcConfigFromEnv(env, env.NODE_ENV === 'production');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    databaseLockTimeoutMs: Number(env.LEERLUS_DB_LOCK_TIMEOUT_MS ?? 5000),
    production: env.NODE_ENV === 'production',
    webDist: env.LEERLUS_WEB_DIST ?? resolve(__dirname, '..', '..', '..', 'web', 'dist'),
    version: env.npm_package_version ?? '0.1.0',
    rateLimitPerMinute: Number(env.LEERLUS_RATE_LIMIT_PER_MINUTE ?? 300),
    aggregateCacheEntries: Number(env.LEERLUS_AGGREGATE_CACHE_ENTRIES ?? 1000),
    aggregateCacheMegabytes: Number(env.LEERLUS_AGGREGATE_CACHE_MB ?? 64),
    aggregateWarmQuestions: Number(env.LEERLUS_AGGREGATE_WARM_QUESTIONS ?? 50),
    aggregateWarmBudgetMs: Number(env.LEERLUS_AGGREGATE_WARM_BUDGET_MS ?? 10_000),
    aggregateWarmMaxQuestionMs: Number(env.LEERLUS_AGGREGATE_WARM_MAX_QUESTION_MS ?? 2000),
    sessionCacheSeconds: Number(env.LEERLUS_SESSION_CACHE_SECONDS ?? 30),
    signalsRefreshMinutes: Number(env.LEERLUS_SIGNALS_REFRESH_MINUTES ?? 60),
    ...(env.LEERLUS_MAX_QUERY_COST ? { maxQueryCost: Number(env.LEERLUS_MAX_QUERY_COST) } : {}),
    ...(oidc ? { oidc } : {}),
    ...(env.LEERLUS_SMTP_URL
      ? { mail: { smtpUrl: env.LEERLUS_SMTP_URL, from: env.LEERLUS_MAIL_FROM ?? 'leerlus@localhost' } }
      : {}),
  };
}
