import { join } from 'node:path';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { buildSqlPackage, type CliRun, ROOT, runCli, spawnNode, waitFor } from './testing/cli';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

const UTF8_PROFILE = `${CASE_PROFILE.replace('name: test-klachten', 'name: test-klachten-utf8')}read: { encoding: utf-8 }\n`;

describe('the ETL command line', () => {
  let db: TestDatabase;
  let dir: string;
  let profile: string;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    buildSqlPackage();
    db = await createTestDatabase();
    await seedReference(db.pool);
    dir = await tempDir();
    profile = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
    env = { DATABASE_URL: db.url, LEERLUS_PSEUDONYM_KEY: TEST_KEY, LEERLUS_DATA_DIR: dir };
  });

  afterAll(async () => {
    await db.drop();
  });

  const importArgs = (file: string, withProfile = profile): string[] => [
    'import',
    file,
    '--profile',
    withProfile,
    '--municipality',
    'GM0001',
  ];

  it('should exit 2 on a usage error and 0 on a good import', async () => {
    expect((await runCli(['import', 'x.csv'], env)).code).toBe(2);
    expect((await runCli(['onbekend-commando'], env)).code).toBe(2);
    const file = await writeText(dir, 'goed.csv', toCsv(CASE_HEADERS, [caseRow(1), caseRow(2)]));
    const good = await runCli(importArgs(file), env);
    expect(good).toMatchObject({ code: 0, output: expect.stringContaining('geslaagd') });
    expect(good.output).not.toContain('Tijd per fase');
  }, 60_000);

  it('should show the time per phase, with the CPU time of the database backend, when asked', async () => {
    const file = await writeText(dir, 'fasen.csv', toCsv(CASE_HEADERS, [caseRow(11), caseRow(12)]));
    const result = await runCli([...importArgs(file), '--timings'], env);
    expect(result.code).toBe(0);
    const upsert = result.output.split('\n').find((line) => line.startsWith('merge: upsert case_record'));
    // Phase, wall clock, Node CPU and database CPU seconds: the database runs on this machine here.
    expect(upsert?.trim().split(/\s{2,}/)).toEqual([
      'merge: upsert case_record',
      expect.stringMatching(/^\d+\.\d$/),
      expect.stringMatching(/^\d+\.\d$/),
      expect.stringMatching(/^\d+\.\d$/),
    ]);
  }, 60_000);

  it('should exit 1 and name the line when a file declared UTF-8 holds other bytes', async () => {
    const utf8Profile = await writeText(dir, 'test-klachten-utf8.yaml', UTF8_PROFILE);
    const text = toCsv(CASE_HEADERS, [
      caseRow(11),
      caseRow(12, { Omschrijving: 'Caf\u00e9 XXXX' }),
      caseRow(13),
    ]);
    // Windows-1252 é (0xE9) on data row 2, i.e. line 3 of the file.
    const bytes = Buffer.from(text.replace('XXXX', ''), 'utf8');
    const at = bytes.indexOf(Buffer.from('Caf\u00e9', 'utf8')) + 3;
    const latin = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at + 2)]);
    const file = await writeText(dir, 'latin1.csv', latin);

    const declared = await runCli(importArgs(file, utf8Profile), env);
    expect(declared.code).toBe(1);
    expect(declared.output).toContain('MISLUKT');
    expect(declared.output).toContain('regel 3 bevat tekens die geen UTF-8 zijn');
    expect(declared.output).not.toContain('\ufffd');

    const auto = await runCli(importArgs(file), env);
    expect(auto).toMatchObject({ code: 0, output: expect.stringContaining('windows-1252') });
    const { rows } = await db.pool.query<{ text_redacted: string }>(
      `SELECT text_redacted FROM case_record WHERE text_redacted LIKE 'Caf%'`,
    );
    expect(rows.map((row) => row.text_redacted)).toEqual(['Caf\u00e9']);
  }, 60_000);

  it('should report an import in which every row was rejected as failed, with exit 1', async () => {
    const file = await writeText(
      dir,
      'alles-fout.csv',
      toCsv(CASE_HEADERS, [caseRow(21, { 'Datum ontvangst': 'gisteren' }), caseRow(22, { Soort: 'Raar' })]),
    );
    const result = await runCli(importArgs(file), env);
    expect(result.code).toBe(1);
    expect(result.output).toContain('MISLUKT');
    expect(result.output).toContain('Alle 2 rijen zijn afgewezen');
    expect(result.output).not.toContain('geslaagd');
    const { rows } = await db.pool.query<{ status: string; rejected: number }>(
      `SELECT status, (SELECT count(*)::int FROM rejected_row r WHERE r.import_id = i.id) AS rejected
       FROM import i ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0]).toEqual({ status: 'failed', rejected: 2 });
  }, 60_000);

  it('should reject a truncated last row and warn loudly', async () => {
    const full = toCsv(CASE_HEADERS, [caseRow(31), caseRow(32), caseRow(33)]).trimEnd();
    const cut = full.slice(0, full.lastIndexOf('Zorggroep'));
    const file = await writeText(dir, 'afgekapt.csv', cut);
    const result = await runCli(importArgs(file), env);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/LET OP: de laatste rij \(regel 4\) heeft 6 van de 13 velden/);
    const { rows } = await db.pool.query<{ rows_inserted: number; rows_rejected: number; reason: string }>(
      `SELECT i.rows_inserted, i.rows_rejected, r.reason FROM import i JOIN rejected_row r ON r.import_id = i.id
       ORDER BY i.id DESC LIMIT 1`,
    );
    expect(rows[0]).toMatchObject({
      rows_inserted: 2,
      rows_rejected: 1,
      reason: expect.stringContaining('onvolledige rij: 6 van de 13 velden'),
    });
  }, 60_000);

  describe('beside a running server on the same data directory', () => {
    let serverDir: string;
    let server: CliRun;
    let pool: Pool;

    beforeAll(async () => {
      serverDir = await tempDir('leerlus-cli-beside-');
      // Another process plays the server: it started the embedded PostgreSQL of serverDir.
      server = spawnNode(join(ROOT, 'etl/src/testing/hold-database.ts'), [serverDir]);
      await waitFor(server, /READY /, 120_000);
      pool = new Pool({ connectionString: /READY (\S+)/.exec(server.output())?.[1] });
      // Stopping the server's PostgreSQL at the end terminates whatever is still connected.
      pool.on('error', () => undefined);
      await seedReference(pool);
    }, 150_000);

    afterAll(async () => {
      await pool?.end();
      server.child.kill('SIGTERM');
      await server.exited;
    }, 60_000);

    it('should use the running database for list and import and never stop it', async () => {
      const shared = { LEERLUS_DATA_DIR: serverDir, DATABASE_URL: '', LEERLUS_PSEUDONYM_KEY: TEST_KEY };
      const listed = await runCli(['list'], shared);
      expect(listed).toMatchObject({ code: 0, output: expect.stringContaining('(geen)') });
      const file = await writeText(dir, 'naast-server.csv', toCsv(CASE_HEADERS, [caseRow(41)]));
      const imported = await runCli(importArgs(file), shared);
      expect(imported).toMatchObject({ code: 0, output: expect.stringContaining('geslaagd') });
      // The server's own connection pool still works: its database was not stopped.
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM case_record');
      expect(rows[0]?.n).toBe(1);
      expect(server.child.exitCode).toBeNull();
    }, 60_000);

    it('should refuse a second server on that data directory with a clear message', async () => {
      const second = spawnNode(join(ROOT, 'etl/src/testing/hold-database.ts'), [serverDir]);
      expect(await second.exited).not.toBe(0);
      expect(second.output()).toMatch(/in gebruik door een ander Leerlus-proces \(pid \d+\)/);
      const { rows } = await pool.query<{ ok: number }>('SELECT 1 AS ok');
      expect(rows[0]?.ok).toBe(1);
    }, 60_000);
  });
});
