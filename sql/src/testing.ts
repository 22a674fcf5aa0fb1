import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

export const TEMPLATE_DATABASE = 'leerlus_test_template';

/**
 * Set by the jest global setup: this run's directory, shared by its workers and removed by its
 * global teardown (or, after an interrupted run, by the next run's setup).
 */
export const RUN_DIR_ENV = 'LEERLUS_TEST_RUN_DIR';

export interface TestDatabase {
  url: string;
  pool: Pool;
  drop(): Promise<void>;
}

/**
 * A fresh, fully migrated database copied from the template that the jest global setup prepared.
 * Each test file gets its own, so files can run in parallel against one server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = process.env.LEERLUS_TEST_TEMPLATE_URL;
  if (!templateUrl) throw new Error('LEERLUS_TEST_TEMPLATE_URL is not set: run tests through jest');
  const name = `leerlus_test_${randomBytes(6).toString('hex')}`;
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = '/postgres';
  const admin = new Pool({ connectionString: adminUrl.toString(), max: 1 });
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString() });
  // drop() terminates any connection still open (WITH FORCE); that is expected, not a test failure.
  pool.on('error', () => undefined);
  return {
    url: url.toString(),
    pool,
    drop: async () => {
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
