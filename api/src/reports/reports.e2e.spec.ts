import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CSRF_HEADER } from '../imports/csrf-header.guard';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { gemeenteExportCsv, gemeenteExportLine } from '../testing/gemeenteExport';

const run = promisify(execFile);

/** A line of the gemeente export with its subject (theme) replaced. */
const line = (caseNumber: string, subject: string, received: string): string => {
  const fields = gemeenteExportLine(caseNumber, received).split(';');
  fields[4] = subject;
  return fields.join(';');
};
const lines = (prefix: string, subject: string, count: number, received = '03-04-2024'): string[] =>
  Array.from({ length: count }, (_, index) => line(`${prefix}-${index}`, subject, received));

const REPORT_INPUT = {
  kind: 'bestuursrapportage',
  from: '2024-01-01',
  to: '2024-06-30',
  municipalityCode: 'GM9901',
  texts: [{ sectionId: 'themas', text: 'Het college ziet vooral klachten over wachttijd.' }],
};
const FREEZE = `mutation ($input: ReportInput!) { freezeReport(input: $input) { id version sha256 citation } }`;
const REPORT = `query ($id: ID!) {
  reportSnapshot(id: $id) { id version report { title sections { id text tables { caption columns
    rows { label cells values suppressed } } } } }
}`;

interface PdfInspection {
  lines: string[];
  roles: string[];
  alts: string[];
  title: string;
  lang: string | null;
}

describe('P&C reports: snapshots and documents (over HTTP)', () => {
  let sut: TestApp;
  let beheer: TestSession;
  let college: TestSession;
  let dataDir: string;
  const saved = { dataDir: process.env.LEERLUS_DATA_DIR, key: process.env.LEERLUS_PSEUDONYM_KEY };

  async function importCsv(text: string): Promise<void> {
    const form = new FormData();
    form.append('profile', 'gemeente-klachten');
    form.append('file', new Blob([text], { type: 'text/csv' }), `klachten-${Date.now()}.csv`);
    const response = await fetch(`${sut.baseUrl}/api/imports`, {
      method: 'POST',
      headers: { cookie: beheer.cookie, [CSRF_HEADER]: '1' },
      body: form,
    });
    expect(response.status).toBe(202);
    const { importId } = (await response.json()) as { importId: string };
    for (let attempt = 0; attempt < 300; attempt++) {
      const result = await beheer.graphql<{ importJob: { status: string; error: string | null } }>(
        `query ($id: ID!) { importJob(id: $id) { status error } }`,
        { id: importId },
      );
      const status = result.data?.importJob.status;
      if (status === 'succeeded') return;
      if (status !== 'running' && status !== 'pending') {
        throw new Error(`import ${status}: ${result.data?.importJob.error}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('import did not finish');
  }

  async function document(session: TestSession, snapshotId: string, format: string): Promise<Buffer> {
    const requested = await session.graphql<{ requestReportDocument: { id: string; status: string } }>(
      `mutation ($id: ID!, $format: DocumentFormat!) { requestReportDocument(snapshotId: $id, format: $format) { id status } }`,
      { id: snapshotId, format },
    );
    expect(requested.errors).toBeUndefined();
    const id = requested.data!.requestReportDocument.id;
    for (let attempt = 0; attempt < 300; attempt++) {
      const polled = await session.graphql<{
        reportDocument: { status: string; progress: number; downloadUrl: string | null };
      }>(`query ($id: ID!) { reportDocument(id: $id) { status progress downloadUrl } }`, { id });
      const state = polled.data!.reportDocument;
      expect(state.status).not.toBe('mislukt');
      if (state.status === 'klaar') {
        expect(state.progress).toBe(100);
        const response = await fetch(`${sut.baseUrl}${state.downloadUrl}`, {
          headers: { cookie: session.cookie },
        });
        expect(response.status).toBe(200);
        return Buffer.from(await response.arrayBuffer());
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('document did not finish');
  }

  /** The cells a frozen snapshot holds for one row of one table (as the council was shown them). */
  async function frozenRow(snapshotId: string, table: string, label: string): Promise<string[] | null> {
    const opened = await college.graphql<{
      reportSnapshot: {
        report: { sections: { tables: { caption: string; rows: { label: string; cells: string[] }[] }[] }[] };
      };
    }>(REPORT, { id: snapshotId });
    const tables = opened.data!.reportSnapshot.report.sections.flatMap((section) => section.tables);
    const found = tables
      .find((candidate) => candidate.caption === table)
      ?.rows.find((row) => row.label === label);
    return found ? found.cells : null;
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'leerlus-reports-'));
    process.env.LEERLUS_DATA_DIR = dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = 'test-pseudonym-key-0123456789abcdef';
    sut = await createTestApp();
    const sql = (text: string): Promise<unknown> => sut.database.pool.query(text);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM9901', 'Lusdonk')`);
    await sql(
      `INSERT INTO municipality_population (municipality_code, year, population) VALUES ('GM9901', 2024, 40000)`,
    );
    await sql(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       VALUES ('gemeente-lusdonk', 'Gemeente Lusdonk', 'gemeente', 'GM9901')`,
    );
    beheer = await sut.login('beheer');
    college = await sut.login('college');
    // 23 complaints about waiting and 2 about conduct: the 2 must never be printed for the council
    // (cell-key perturbation publishes a true 1–4 as 0 or 5, or withholds it).
    await importCsv(
      gemeenteExportCsv([
        ...lines('W', 'Wachttijd', 23),
        ...lines('B', 'Bejegening', 2),
        ...lines('C', 'Communicatie', 8),
        // On the first day of the previous half year: counted only when a half year is compared with
        // the previous half year, not with the 182 days before it.
        ...lines('V', 'Bereikbaarheid', 6, '01-07-2023'),
      ]),
    );
  });

  afterAll(async () => {
    await sut?.close();
    process.env.LEERLUS_DATA_DIR = saved.dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = saved.key;
    if (saved.dataDir === undefined) delete process.env.LEERLUS_DATA_DIR;
    if (saved.key === undefined) delete process.env.LEERLUS_PSEUDONYM_KEY;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should keep a snapshot byte-identical after a new import that changes the live figures', async () => {
    const frozen = await college.graphql<{ freezeReport: { id: string; sha256: string } }>(FREEZE, {
      input: REPORT_INPUT,
    });
    expect(frozen.errors).toBeUndefined();
    const { id, sha256 } = frozen.data!.freezeReport;
    const stored = async (): Promise<string> =>
      (
        await sut.database.pool.query<{ content: string }>(
          `SELECT content FROM report_snapshot WHERE id = $1`,
          [id],
        )
      ).rows[0]!.content;
    const before = await stored();
    const previewBefore = await college.graphql(
      `query ($input: ReportInput!) { reportPreview(input: $input) { sections { tables { rows { label cells } } } } }`,
      { input: REPORT_INPUT },
    );

    await importCsv(gemeenteExportCsv(lines('W2', 'Wachttijd', 9, '10-05-2024')));

    const previewAfter = await college.graphql(
      `query ($input: ReportInput!) { reportPreview(input: $input) { sections { tables { rows { label cells } } } } }`,
      { input: REPORT_INPUT },
    );
    expect(previewAfter).not.toEqual(previewBefore);
    const after = await stored();
    expect(Buffer.from(after, 'utf8').equals(Buffer.from(before, 'utf8'))).toBe(true);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(after, 'utf8').digest('hex')).toBe(sha256);

    const second = await college.graphql<{ freezeReport: { id: string; version: number } }>(FREEZE, {
      input: REPORT_INPUT,
    });
    expect(second.data!.freezeReport.version).toBe(2);
    const changes = await college.graphql<{
      compareReportSnapshots: { table: string; row: string; column: string; before: string; after: string }[];
    }>(
      `query ($a: ID!, $b: ID!) { compareReportSnapshots(first: $a, second: $b) { table row column before after } }`,
      { a: id, b: second.data!.freezeReport.id },
    );
    // The council's figures carry cell-key noise (at most 2 from 5 up): 23 and 32 waiting complaints.
    const waiting = changes.data!.compareReportSnapshots.find(
      (change) =>
        change.table === "Alle thema's" && change.row === 'Wachttijd' && change.column === 'Deze periode',
    );
    expect(waiting).toBeDefined();
    expect(Math.abs(Number(waiting!.before) - 23)).toBeLessThanOrEqual(2);
    expect(Math.abs(Number(waiting!.after) - 32)).toBeLessThanOrEqual(2);
  });

  it('should refuse raad to freeze a report but let raad open a snapshot', async () => {
    const raad = await sut.login('raad');
    const refused = await raad.graphql(FREEZE, { input: REPORT_INPUT });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await raad.graphql<{ reportSnapshots: { id: string }[] }>(
      `query { reportSnapshots { id } }`,
    );
    const opened = await raad.graphql<{
      reportSnapshot: { report: { sections: { id: string; text: string | null }[] } };
    }>(REPORT, { id: list.data!.reportSnapshots.at(-1)!.id });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.reportSnapshot.report.sections.find((s) => s.id === 'themas')?.text).toBe(
      'Het college ziet vooral klachten over wachttijd.',
    );
  });

  it('should print the figures in a tagged PDF with headings, tables and alt text, and no withheld value', async () => {
    const list = await college.graphql<{ reportSnapshots: { id: string }[] }>(
      `query { reportSnapshots { id } }`,
    );
    const firstId = list.data!.reportSnapshots.at(-1)!.id;
    const pdf = await document(college, firstId, 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(dataDir, 'report.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run(process.execPath, [join(__dirname, 'testing', 'inspect-pdf.mjs'), file]);
    const inspected = JSON.parse(stdout) as PdfInspection;
    expect(inspected.lang).toBe('nl-NL');
    expect(inspected.title).toContain('Bestuursrapportage');
    expect(inspected.roles).toEqual(
      expect.arrayContaining(['H1', 'H2', 'Table', 'TR', 'TH', 'TD', 'Figure']),
    );
    // The PDF prints exactly what the first snapshot froze, and the filters.
    const waiting = await frozenRow(firstId, "Alle thema's", 'Wachttijd');
    expect(waiting).not.toBeNull();
    expect(Math.abs(Number(waiting![0]) - 23)).toBeLessThanOrEqual(2);
    expect(inspected.alts.join(' ')).toContain(`Wachttijd: ${waiting![0]}`);
    expect(inspected.lines).toContain(`Wachttijd | ${waiting!.join(' | ')}`);
    const keyFigures = await frozenRow(
      firstId,
      'Kerncijfers: deze periode en de vorige',
      'Klachten en signalen',
    );
    expect(inspected.lines).toContain(`Klachten en signalen | ${keyFigures!.join(' | ')}`);
    expect(inspected.lines.some((text) => text.startsWith('Gemeente') && text.includes('GM9901'))).toBe(true);
    // Conduct had 2 complaints: the council's figure is 0, 5 or withheld, never the true small count.
    for (const text of inspected.lines.filter((candidate) => candidate.startsWith('Bejegening |'))) {
      for (const small of ['1', '2', '3', '4']) expect(text.split(' | ')).not.toContain(small);
    }
  });

  it('should render the snapshot as DOCX and XLSX', async () => {
    const list = await college.graphql<{ reportSnapshots: { id: string }[] }>(
      `query { reportSnapshots { id } }`,
    );
    const id = list.data!.reportSnapshots.at(-1)!.id;
    const docx = await document(college, id, 'docx');
    const xlsx = await document(college, id, 'xlsx');
    // Both are ZIP containers (Office Open XML).
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const values = workbook.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
    );
    const waiting = await frozenRow(id, "Alle thema's", 'Wachttijd');
    expect(values).toContain(waiting![0]);
    expect(values).not.toContain('2');
  });
});
