import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { gemeenteExportCsv, gemeenteExportLine } from '../testing/gemeenteExport';
import { Logger } from '@nestjs/common';
import { ABORTED_MESSAGE, IMPORT_LOCK_KEY } from '@leerlus/etl';
import { Client } from 'pg';
import { CSRF_HEADER } from './csrf-header.guard';
import { ImportsRunner } from './imports.runner';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

const row = (n: number, received?: string): string => gemeenteExportLine(`KL-${n}`, received);

const IMPORT_FIELDS = `id fileName profile status rowsRead rowsInserted rowsUpdated rowsUnchanged rowsRejected
  minDate maxDate error startedBy createdAt finishedAt warnings progress { phase rowsRead percent }`;

interface ImportResult {
  id: string;
  fileName: string;
  status: string;
  rowsRead: number;
  rowsInserted: number;
  rowsRejected: number;
  minDate: string | null;
  maxDate: string | null;
  error: string | null;
  startedBy: string | null;
}

describe('imports (upload, progress, rejected rows over HTTP)', () => {
  let sut: TestApp;
  let beheer: TestSession;
  let dataDir: string;
  const saved = { dataDir: process.env.LEERLUS_DATA_DIR, key: process.env.LEERLUS_PSEUDONYM_KEY };

  beforeAll(async () => {
    dataDir = await tempDir('leerlus-imports-');
    process.env.LEERLUS_DATA_DIR = dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = 'test-pseudonym-key-0123456789abcdef';
    sut = await createTestApp();
    // What profile gemeente-klachten needs (seedDemoReference is not exported by @leerlus/etl).
    await sut.database.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM9901', 'Lusdonk')`);
    await sut.database.pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       VALUES ('gemeente-lusdonk', 'Gemeente Lusdonk', 'gemeente', 'GM9901')`,
    );
    beheer = await sut.login('beheer');
  });

  afterAll(async () => {
    await sut?.close();
    process.env.LEERLUS_DATA_DIR = saved.dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = saved.key;
    if (saved.dataDir === undefined) delete process.env.LEERLUS_DATA_DIR;
    if (saved.key === undefined) delete process.env.LEERLUS_PSEUDONYM_KEY;
  });

  function upload(
    session: TestSession | null,
    text: string,
    options: { profile?: string; name?: string; csrf?: boolean } = {},
  ): Promise<Response> {
    const form = new FormData();
    form.append('profile', options.profile ?? 'gemeente-klachten');
    form.append('file', new Blob([text], { type: 'text/csv' }), options.name ?? 'klachten-2024.csv');
    const headers: Record<string, string> = {};
    if (session) headers.cookie = session.cookie;
    if (options.csrf !== false) headers[CSRF_HEADER] = '1';
    return fetch(`${sut.baseUrl}/api/imports`, { method: 'POST', headers, body: form });
  }

  async function waitForImport(id: string): Promise<ImportResult> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const result = await beheer.graphql<{ importJob: ImportResult | null }>(
        `query ($id: ID!) { importJob(id: $id) { ${IMPORT_FIELDS} } }`,
        { id },
      );
      expect(result.errors).toBeUndefined();
      const job = result.data!.importJob!;
      if (job.status !== 'running' && job.status !== 'pending') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`import ${id} did not finish`);
  }

  async function uploadsLeft(): Promise<string[]> {
    return readdir(join(dataDir, 'uploads'));
  }

  it('should import a valid CSV uploaded by beheer and delete the upload afterwards', async () => {
    const response = await upload(beheer, gemeenteExportCsv([row(1), row(2), row(3, '10-04-2024')]));
    expect(response.status).toBe(202);
    const body = (await response.json()) as { importId: string };
    expect(body.importId).toMatch(/^\d+$/);
    const job = await waitForImport(body.importId);
    expect(job).toMatchObject({
      fileName: 'klachten-2024.csv',
      status: 'succeeded',
      rowsRead: 3,
      rowsInserted: 3,
      rowsRejected: 0,
      minDate: '2024-04-03',
      startedBy: 'test-beheer',
      error: null,
    });
    // The runner removes the upload right after the import.
    for (let attempt = 0; attempt < 50 && (await uploadsLeft()).length > 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await uploadsLeft()).toEqual([]);
    const { rows } = await sut.database.pool.query(
      `SELECT action, details FROM audit_log WHERE action = 'import.upload' AND entity_id = $1`,
      [body.importId],
    );
    expect(rows[0].details).toMatchObject({ fileName: 'klachten-2024.csv', profile: 'gemeente-klachten' });
  });

  let rejectedImport = '';

  it('should reject a bad row with a reason, shown by rejectedRows and the CSV download', async () => {
    const file = gemeenteExportCsv([row(10), row(11, '31-02-2024'), row(12)]);
    const response = await upload(beheer, file, { name: 'met-fout.csv' });
    expect(response.status).toBe(202);
    const { importId } = (await response.json()) as { importId: string };
    rejectedImport = importId;
    const job = await waitForImport(importId);
    expect(job).toMatchObject({ status: 'succeeded', rowsRead: 3, rowsInserted: 2, rowsRejected: 1 });

    const rejected = await beheer.graphql<{
      rejectedRows: { totalCount: number; rows: { rowNumber: number; columnName: string; reason: string }[] };
    }>(
      `query ($id: ID!) { rejectedRows(importId: $id, limit: 10) { importId totalCount rows { id rowNumber columnName value reason } } }`,
      { id: importId },
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!.rejectedRows.totalCount).toBe(1);
    expect(rejected.data!.rejectedRows.rows[0]).toMatchObject({
      rowNumber: 3,
      columnName: 'Datum ontvangst',
    });
    expect(rejected.data!.rejectedRows.rows[0]!.reason).not.toBe('');

    const download = await fetch(`${sut.baseUrl}/api/imports/${importId}/rejected.csv`, {
      headers: { cookie: beheer.cookie },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="import-\d+-/);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('31-02-2024');

    const { rows } = await sut.database.pool.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'import' AND entity_id = $1 ORDER BY id`,
      [importId],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'import.upload',
      'import.rejected_rows.read',
      'import.rejected_rows.export',
    ]);
  });

  it('should mark the same file uploaded again as duplicate', async () => {
    const response = await upload(beheer, gemeenteExportCsv([row(1), row(2), row(3, '10-04-2024')]));
    expect(response.status).toBe(202);
    const { importId } = (await response.json()) as { importId: string };
    const job = await waitForImport(importId);
    expect(job.status).toBe('duplicate');
    expect(job.error).toMatch(/al geïmporteerd/);
  });

  it('should refuse uploads by raad and beleid (403) and anonymous callers (401)', async () => {
    for (const role of ['raad', 'beleid'] as const) {
      const response = await upload(await sut.login(role), gemeenteExportCsv([row(20)]));
      expect(response.status).toBe(403);
    }
    expect((await upload(null, gemeenteExportCsv([row(20)]))).status).toBe(401);
    const beleid = await sut.login('beleid');
    const download = await fetch(`${sut.baseUrl}/api/imports/${rejectedImport}/rejected.csv`, {
      headers: { cookie: beleid.cookie },
    });
    expect(download.status).toBe(403);
    const rows = await beleid.graphql(`query ($id: ID!) { rejectedRows(importId: $id) { totalCount } }`, {
      id: rejectedImport,
    });
    expect(rows.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('should refuse an upload without the CSRF header', async () => {
    const response = await upload(beheer, gemeenteExportCsv([row(30)]), { csrf: false });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toContain(CSRF_HEADER);
  });

  it('should refuse an unknown profile with 400 and a clear message, keeping no upload', async () => {
    const response = await upload(beheer, gemeenteExportCsv([row(40)]), { profile: '../../etc/passwd' });
    expect(response.status).toBe(400);
    const { message } = (await response.json()) as { message: string };
    expect(message).toContain('Onbekend profiel');
    expect(message).toContain('gemeente-klachten');
    expect(await uploadsLeft()).toEqual([]);
  });

  it('should list imports newest first and the profiles for beleid', async () => {
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql<{
      imports: { totalCount: number; items: { id: string; status: string }[] };
      importProfiles: { name: string }[];
    }>(
      `query { imports(limit: 10) { totalCount items { ${IMPORT_FIELDS} } } importProfiles { name label target } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.imports.totalCount).toBe(3);
    expect(result.data!.imports.items.map((item) => item.status)).toEqual([
      'duplicate',
      'succeeded',
      'succeeded',
    ]);
    expect(result.data!.importProfiles.map((profile) => profile.name)).toContain('gemeente-klachten');
  });

  it('should mark an import left running by a dead process as failed and remove its upload at start', async () => {
    const { rows } = await sut.database.pool.query<{ id: string }>(
      `INSERT INTO import (municipality_code, file_name, sha256, profile, status)
       VALUES ('GM9901', 'bom.xlsx', repeat('a', 64), 'gemeente-klachten', 'running') RETURNING id::text AS id`,
    );
    const left = join(dataDir, 'uploads', 'van-een-gestopt-proces');
    await mkdir(left, { recursive: true });
    await writeFile(join(left, 'bom.xlsx'), 'persoonsgegevens');

    // What the next start of the API does.
    const warn = jest.spyOn(Logger.prototype, 'warn');
    await sut.app.get(ImportsRunner).onModuleInit();
    expect(warn).toHaveBeenCalledWith(`Afgebroken import(s) ${rows[0]!.id} gemarkeerd als mislukt`);
    warn.mockRestore();

    const { rows: after } = await sut.database.pool.query<{ status: string; error: string }>(
      'SELECT status, error FROM import WHERE id = $1',
      [rows[0]!.id],
    );
    expect(after[0]).toEqual({ status: 'failed', error: ABORTED_MESSAGE });
    expect(await uploadsLeft()).toEqual([]);
  });

  it('should preview an upload with a profile and suggest a draft without one, storing nothing', async () => {
    const before = await sut.database.pool.query('SELECT count(*)::int AS n FROM import');
    const preview = async (profile: string | null, text: string): Promise<Response> => {
      const form = new FormData();
      if (profile) form.append('profile', profile);
      form.append('file', new Blob([text], { type: 'text/csv' }), 'voorbeeld.csv');
      return fetch(`${sut.baseUrl}/api/imports/preview`, {
        method: 'POST',
        headers: { cookie: beheer.cookie, [CSRF_HEADER]: '1' },
        body: form,
      });
    };
    const withProfile = await preview(
      'gemeente-klachten',
      `Klachten 2024\r\n\r\n${gemeenteExportCsv([row(90), row(91, '31-02-2024')])}`,
    );
    expect([withProfile.status, withProfile.status === 200 ? '' : await withProfile.text()]).toEqual([
      200,
      '',
    ]);
    const body = (await withProfile.json()) as {
      file: string;
      headerLine: number;
      rows: { line: number; values: Record<string, unknown> }[];
      rejected: { line: number; reason: string }[];
      draft: string | null;
    };
    expect(body).toMatchObject({ file: 'voorbeeld.csv', headerLine: 3, draft: null });
    expect(body.rows.map((r) => [r.line, r.values.external_id])).toEqual([[4, 'KL-90']]);
    expect(body.rejected).toEqual([
      { line: 5, column: 'Datum ontvangst', reason: expect.stringMatching(/februari 2024 heeft 29 dagen/) },
    ]);

    const draft = (await (await preview(null, gemeenteExportCsv([row(92)]))).json()) as { draft: string };
    expect(draft.draft).toMatch(/^# Concept[\s\S]*name: voorbeeld[\s\S]*external_id:\n\s+column: Zaaknummer/);
    expect((await sut.database.pool.query('SELECT count(*)::int AS n FROM import')).rows).toEqual(
      before.rows,
    );
    const audit = await sut.database.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'import.preview'",
    );
    expect(audit.rows[0].n).toBe(2);
  });

  it('should not count an import running in another database on the same server as busy', async () => {
    // Advisory locks belong to one database, but pg_locks lists the whole cluster.
    const url = new URL(sut.database.url);
    url.pathname = '/postgres';
    const other = new Client({ connectionString: url.toString() });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1)', [IMPORT_LOCK_KEY]);
      const response = await upload(beheer, gemeenteExportCsv([row(4)]), { name: 'andere-database.csv' });
      expect(response.status).toBe(202);
      const job = await waitForImport(((await response.json()) as { importId: string }).importId);
      expect(job.status).toBe('succeeded');
    } finally {
      await other.end();
    }
  });
});
