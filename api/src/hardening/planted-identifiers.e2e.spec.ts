import { Logger, LoggerService } from '@nestjs/common';
import { CSRF_HEADER } from '../imports/csrf-header.guard';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { gemeenteExportCsv, gemeenteExportLine } from '../testing/gemeenteExport';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

/**
 * Plants identifiers (BSN, e-mail, phone, a name with a title, an address) in every free-text field a
 * user or a file can fill, through the real API, then scans every text column of every table, every
 * captured log line and every response for them (issue 19, finding 2). The table scan reads
 * information_schema, so tables added later are scanned too.
 */
const PLANTED = 'mevrouw Fenna Dekker, Lindelaan 14, BSN 111222333, fenna.dekker@voorbeeld.nl, 06-12345678';
const NEEDLES = ['Fenna', 'Dekker', 'Lindelaan', '111222333', 'voorbeeld.nl', '12345678'];

function leaks(text: string): string[] {
  return NEEDLES.filter((needle) => text.includes(needle));
}

class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  private capture = (message: unknown, ...rest: unknown[]): void => {
    this.lines.push(
      [message, ...rest].map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '),
    );
  };
  log = this.capture;
  warn = this.capture;
  error = this.capture;
  debug = this.capture;
  verbose = this.capture;
  fatal = this.capture;
}

describe('planted identifiers (every free-text field, every table, log line and response)', () => {
  let sut: TestApp;
  let beheer: TestSession;
  let beleid: TestSession;
  let dataDir: string;
  const logger = new CapturingLogger();
  const responses: string[] = [];
  const saved = { dataDir: process.env.LEERLUS_DATA_DIR, key: process.env.LEERLUS_PSEUDONYM_KEY };

  beforeAll(async () => {
    dataDir = await tempDir('leerlus-planted-');
    process.env.LEERLUS_DATA_DIR = dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = 'test-pseudonym-key-0123456789abcdef';
    sut = await createTestApp();
    Logger.overrideLogger(logger);
    const sql = (text: string): Promise<unknown> => sut.database.pool.query(text);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM9901', 'Lusdonk')`);
    await sql(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       VALUES ('gemeente-lusdonk', 'Gemeente Lusdonk', 'gemeente', 'GM9901'),
              ('a', 'Aanbieder A', 'aanbieder', NULL), ('b', 'Aanbieder B', 'aanbieder', NULL)`,
    );
    beheer = await sut.login('beheer');
    beleid = await sut.login('beleid');
  });

  afterAll(async () => {
    Logger.overrideLogger(['error', 'warn']);
    await sut?.close();
    process.env.LEERLUS_DATA_DIR = saved.dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = saved.key;
    if (saved.dataDir === undefined) delete process.env.LEERLUS_DATA_DIR;
    if (saved.key === undefined) delete process.env.LEERLUS_PSEUDONYM_KEY;
  });

  async function graphql<T>(
    session: TestSession,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const result = await session.graphql<T>(query, variables);
    responses.push(JSON.stringify(result));
    expect(result.errors?.map((error) => error.message)).toBeUndefined();
    return result.data!;
  }

  async function upload(text: string, name: string): Promise<string> {
    const form = new FormData();
    form.append('profile', 'gemeente-klachten');
    form.append('file', new Blob([text], { type: 'text/csv' }), name);
    const response = await fetch(`${sut.baseUrl}/api/imports`, {
      method: 'POST',
      headers: { cookie: beheer.cookie, [CSRF_HEADER]: '1' },
      body: form,
    });
    const body = await response.text();
    responses.push(body);
    expect(response.status).toBe(202);
    const importId = (JSON.parse(body) as { importId: string }).importId;
    for (let attempt = 0; attempt < 200; attempt++) {
      const { importJob } = await graphql<{ importJob: { status: string } }>(
        beheer,
        `
          query ($id: ID!) {
            importJob(id: $id) {
              id
              fileName
              status
              error
              warnings
            }
          }
        `,
        { id: importId },
      );
      if (importJob.status !== 'running' && importJob.status !== 'pending') return importId;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`import ${importId} did not finish`);
  }

  /** A line of the export with the planted text in the free-text and identifier cells. */
  const plantedLine = (caseNumber: string, received = '03-04-2024'): string => {
    const cells = gemeenteExportLine(caseNumber, received).split(';');
    cells[16] = '111222333'; // BSN
    cells[18] = PLANTED; // Omschrijving
    return cells.join(';');
  };

  it('should plant identifiers in an import file, its name and a headerless file', async () => {
    // A normal export: planted text in the free text, a rejected row that carries it too.
    await upload(
      gemeenteExportCsv([plantedLine('KL-1'), plantedLine('KL-2', '31-02-2024'), plantedLine('KL-3')]),
      'klachten Fenna Dekker 06-12345678.csv',
    );
    // No header row: the first row, a citizen's data, is read as the column names.
    await upload(`${[plantedLine('KL-4'), plantedLine('KL-5')].join('\r\n')}\r\n`, 'zonder-kopregel.csv');
    const { imports } = await graphql<{ imports: { items: { id: string; status: string }[] } }>(
      beheer,
      'query { imports { items { id fileName status error warnings rowsRejected } } }',
    );
    // The normal export succeeds with one rejected row; the headerless one fails on missing columns.
    expect(imports.items.map((job) => job.status).sort()).toEqual(['failed', 'succeeded']);
    for (const job of imports.items) {
      await graphql(
        beheer,
        `
          query ($id: ID!) {
            rejectedRows(importId: $id, limit: 50) {
              rows {
                columnName
                value
                reason
              }
            }
          }
        `,
        { id: job.id },
      );
      const download = await fetch(`${sut.baseUrl}/api/imports/${job.id}/rejected.csv`, {
        headers: { cookie: beheer.cookie },
      });
      responses.push(await download.text());
    }
    await graphql(
      beleid,
      'query { caseRecords(page: { first: 50 }) { records { id textRedacted subjectKeyShort } } }',
    );
    const { rows } = await sut.database.pool.query<{ text_redacted: string }>(
      'SELECT text_redacted FROM case_record',
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text_redacted).toContain('mevrouw [NAAM]');
  });

  it('should plant identifiers in a signal status note', async () => {
    const { rows } = await sut.database.pool.query<{ id: string }>(
      `INSERT INTO signal (municipality_code, rule_code, scope_key, period_start, period_end, score, evidence)
       VALUES ('GM9901', 'wal_en_schip', 'planted', '2025-01-01', '2025-03-31', 1, '{}'::jsonb) RETURNING id::text`,
    );
    const id = rows[0]!.id;
    const data = await graphql<{ updateSignalStatus: { statusNote: string } }>(
      beleid,
      `
        mutation ($id: ID!, $note: String) {
          updateSignalStatus(id: $id, status: in_behandeling, note: $note) {
            statusNote
          }
        }
      `,
      { id, note: PLANTED },
    );
    expect(data.updateSignalStatus.statusNote).toContain('[BSN]');
    for (const role of ['raad', 'panel', 'college', 'beleid'] as const) {
      const session = await sut.login(role);
      const result = await session.graphql(`query { signals { id statusNote } }`);
      responses.push(JSON.stringify(result));
    }
  });

  it('should find none of them in any table, log line or response', async () => {
    const { rows: columns } = await sut.database.pool.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name
         FROM information_schema.columns c
         JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const { rows } = await sut.database.pool.query<{ value: string }>(
        `SELECT "${column}"::text AS value FROM "${table}" WHERE "${column}" IS NOT NULL`,
      );
      for (const { value } of rows) {
        for (const needle of leaks(value)) found.push(`${table}.${column}: ${needle}`);
      }
    }
    for (const line of logger.lines) {
      for (const needle of leaks(line)) found.push(`log: ${needle} in ${line}`);
    }
    for (const body of responses) for (const needle of leaks(body)) found.push(`response: ${needle}`);
    expect(found).toEqual([]);
    // The scan saw the planted data arrive: the import logged and the tables hold redacted text.
    expect(logger.lines.some((line) => line.includes('Import #'))).toBe(true);
  });
});
