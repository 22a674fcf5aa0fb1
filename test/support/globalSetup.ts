import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { migrate, startDatabase } from '../../sql/src';
import { TEMPLATE_DATABASE } from '../../sql/src/testing';
import { RUN_DIR_ENV } from './oncePerRun';

export interface TestRun {
  leerlusTestRun?: { database: { stop(): Promise<void> }; dataDir: string | undefined; runDir: string };
}

/**
 * Starts one PostgreSQL for the whole run (embedded unless TEST_DATABASE_URL is set), migrates a
 * template database, and tells the test workers where it is through the environment; likewise the
 * run directory in which workers share what is done once per run (the build, the shared demo instance).
 */
export default async function globalSetup(): Promise<void> {
  const runDir = await mkdtemp(join(tmpdir(), 'leerlus-test-run-'));
  process.env[RUN_DIR_ENV] = runDir;
  const external = process.env.TEST_DATABASE_URL;
  const dataDir = external ? undefined : await mkdtemp(join(tmpdir(), 'leerlus-test-'));
  const database = await startDatabase({
    databaseUrl: external,
    dataDir,
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
  (globalThis as TestRun).leerlusTestRun = { database, dataDir, runDir };
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
