/**
 * Plays the running server in the CLI specs: starts the embedded PostgreSQL of the data directory in
 * argv[2], migrates it, prints `READY <url>`, and stops it on SIGTERM (excluded from the build).
 */
import { Pool } from 'pg';
import { migrate, startDatabase } from '@leerlus/sql';

async function hold(): Promise<void> {
  const database = await startDatabase({ dataDir: process.argv[2], whenInUse: 'refuse' });
  const pool = new Pool({ connectionString: database.url });
  await migrate(pool);
  await pool.end();
  process.stdout.write(`READY ${database.url}\n`);
  process.once('SIGTERM', () => {
    void database.stop().then(() => process.exit(0));
  });
}

void hold();
