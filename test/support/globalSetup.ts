import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { migrate, startDatabase } from '../../sql/src';
import { RUN_DIR_ENV, TEMPLATE_DATABASE } from '../../sql/src/testing';
import { claimRunDir, DATABASE_DIR, RUN_DIR_PREFIX, sweepInterruptedRuns } from './interruptedRuns';

export interface TestRun {
  leerlusTestRun?: { database: { stop(): Promise<void> }; runDir: string };
}

/**
 * Starts one PostgreSQL for the whole run (embedded unless TEST_DATABASE_URL is set), migrates a
 * template database, and tells the test workers where it is through the environment; likewise the
 * run directory in which workers share what is done once per run (the build, the shared demo instance).
 *
 * What a run leaves on disk is in its run directory, which globalTeardown removes: the embedded
 * cluster, the demo data copies and the test files' temporary directories (useTempDirs). A run that
 * was interrupted before its teardown is swept by the next.
 */
export default async function globalSetup(): Promise<void> {
  const systemTemp = tmpdir();
  await sweepInterruptedRuns(systemTemp);
  const runDir = await mkdtemp(join(systemTemp, RUN_DIR_PREFIX));
  // PostgreSQL's own user (when the tests run as root) must reach the clusters inside it.
  await chmod(runDir, 0o755);
  await claimRunDir(runDir);
  process.env[RUN_DIR_ENV] = runDir;
  const external = process.env.TEST_DATABASE_URL;
  const database = await startDatabase({
    databaseUrl: external,
    dataDir: external ? undefined : join(runDir, DATABASE_DIR),
    databaseName: TEMPLATE_DATABASE,
  });
  const templateUrl = external ? await createTemplate(external) : database.url;
  const pool = new Pool({ connectionString: templateUrl });
  try {
    await migrate(pool);
  } finally {
    await pool.end();
  }
  process.env.LEERLUS_TEST_TEMPLATE_URL = templateUrl;
  (globalThis as TestRun).leerlusTestRun = { database, runDir };
}

async function createTemplate(serverUrl: string): Promise<string> {
  const pool = new Pool({ connectionString: serverUrl });
  try {
    await pool.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await pool.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await pool.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${TEMPLATE_DATABASE}`;
  return url.toString();
}
