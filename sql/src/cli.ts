#!/usr/bin/env node
import { Pool } from 'pg';
import { migrate } from './migrate';
import { startDatabase } from './database';

async function main(): Promise<void> {
  const [command = 'migrate'] = process.argv.slice(2);
  if (command !== 'migrate') {
    console.error(`Onbekend commando "${command}". Gebruik: migrate`);
    process.exitCode = 2;
    return;
  }
  const database = await startDatabase({ databaseUrl: process.env.DATABASE_URL });
  const pool = new Pool({ connectionString: database.url });
  try {
    const result = await migrate(pool);
    console.log(
      `Migraties toegepast: ${result.applied.length ? result.applied.join(', ') : 'geen (al bij)'}; ` +
        `views bijgewerkt: ${result.viewsRefreshed.length}`,
    );
  } finally {
    await pool.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
