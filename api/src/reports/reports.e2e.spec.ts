import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DisclosedCount } from '../disclosure/disclosure';
import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { CSRF_HEADER } from '../imports/csrf-header.guard';
import { lawLabel } from '../panel/panel-labels';
import { wilsonInterval } from '../panel/panel-statistics';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { gemeenteExportCsv, gemeenteExportLine } from '../testing/gemeenteExport';
import { FEW_CASES_NOTE } from './report-panel-section';
import { PANEL_FIXTURE, seedPanelFindings } from './testing/panel-findings-fixture';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

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

interface SnapshotRow {
  label: string;
  cells: string[];
  suppressed: boolean[];
}
interface SnapshotData {
  reportSnapshot: { report: { sections: { tables: { caption: string; rows: SnapshotRow[] }[] }[] } };
}

/** The fixture's case numbers start with the theme's letter (W2 is a later import of Wachttijd). */
const THEME_OF_PREFIX: Record<string, string> = {
  W: 'Wachttijd',
  B: 'Bejegening',
  C: 'Communicatie',
  V: 'Bereikbaarheid',
};

/**
 * Record keys fixed per case number, so the council's figures follow from the ptable and the test
 * can show what disclosure does: Bejegening's 2 (keys 100 + 100, cell key 200) is published as 5;
 * Communicatie's 5 (keys 0, cell key 0) gets noise -2, is published as 3 and therefore withheld; the
 * other records get spread keys. Rollups are refreshed, as after an import.
 */
const FIX_RECORD_KEYS = `UPDATE case_record SET record_key = CASE
    WHEN external_id LIKE 'B-%' THEN 100
    WHEN external_id LIKE 'C-%' THEN 0
    ELSE (split_part(external_id, '-', 2)::integer * 37) % 256 END`;

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

  beforeAll(async () => {
    dataDir = await tempDir('leerlus-reports-');
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
    // 23 complaints about waiting and 2 about conduct: the 2 must never be printed for the council.
    // Communicatie (5) gets a cell key that perturbs it to 3, which is then withheld ("afgeschermd").
    await importCsv(
      gemeenteExportCsv([
        ...lines('W', 'Wachttijd', 23),
        ...lines('B', 'Bejegening', 2),
        ...lines('C', 'Communicatie', 5),
        // On the first day of the previous half year: counted only when a half year is compared with
        // the previous half year, not with the 182 days before it.
        ...lines('V', 'Bereikbaarheid', 6, '01-07-2023'),
      ]),
    );
    await fixRecordKeys();
    await seedPanelFindings(sut.database.pool, 'GM9901');
  });

  async function fixRecordKeys(): Promise<void> {
    await sut.database.pool.query(FIX_RECORD_KEYS);
    await sut.database.pool.query('SELECT * FROM refresh_rollups()');
  }

  /**
   * What the council must be shown per theme (by label) and in total ('all') for the facts received
   * in [from, to], through the published ptable; `withLater` includes the second import (W2).
   */
  async function councilFigures(
    from: string,
    to: string,
    withLater: boolean,
  ): Promise<Map<string, DisclosedCount>> {
    const byPrefix = await publishedFromFacts(
      sut.database.pool,
      `SELECT coalesce(left(external_id, 1), 'all') AS cell, count(*) AS n, sum(record_key) AS keys
         FROM case_record
        WHERE received_on BETWEEN $1 AND $2 AND ($3 OR external_id NOT LIKE 'W2-%')
        GROUP BY GROUPING SETS ((left(external_id, 1)), ())`,
      [from, to, withLater],
    );
    return new Map([...byPrefix].map(([prefix, figure]) => [THEME_OF_PREFIX[prefix] ?? prefix, figure]));
  }

  /** The true counts per theme in the first half of 2024, before the second import. */
  async function trueCounts(): Promise<Map<string, number>> {
    const { rows } = await sut.database.pool.query<{ prefix: string; n: number }>(
      `SELECT left(external_id, 1) AS prefix, count(*)::integer AS n FROM case_record
        WHERE received_on BETWEEN '2024-01-01' AND '2024-06-30' AND external_id NOT LIKE 'W2-%'
        GROUP BY 1`,
    );
    return new Map(rows.map((r) => [THEME_OF_PREFIX[r.prefix]!, r.n]));
  }

  /** The first snapshot's table of all themes (the list is newest first), as stored. */
  async function firstSnapshot(): Promise<{
    id: string;
    themes: SnapshotRow[];
    keyFigures: SnapshotRow[];
    panelByLaw: SnapshotRow[];
  }> {
    const list = await college.graphql<{ reportSnapshots: { id: string }[] }>(
      `query { reportSnapshots { id } }`,
    );
    const id = list.data!.reportSnapshots.at(-1)!.id;
    const opened = await college.graphql<SnapshotData>(REPORT, { id });
    const tables = opened.data!.reportSnapshot.report.sections.flatMap((section) => section.tables);
    const table = (caption: string): SnapshotRow[] => tables.find((t) => t.caption === caption)!.rows;
    return {
      id,
      themes: table("Alle thema's"),
      keyFigures: table('Kerncijfers: deze periode en de vorige'),
      panelByLaw: table('Beslissingen met een systeemfout, per wet'),
    };
  }

  async function firstSnapshotSections(id: string): Promise<{ id: string }[]> {
    const opened = await college.graphql<{ reportSnapshot: { report: { sections: { id: string }[] } } }>(
      REPORT,
      { id },
    );
    return opened.data!.reportSnapshot.report.sections;
  }

  /** The panel's rows as the council must see them: 8 of 22 published, the Wmo's 2 and its complement withheld. */
  function expectedPanelRows(): string[] {
    const percent = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const interval = wilsonInterval(PANEL_FIXTURE.errors / PANEL_FIXTURE.reviewed, PANEL_FIXTURE.reviewed)!;
    const share = Math.round((PANEL_FIXTURE.errors / PANEL_FIXTURE.reviewed) * 1000) / 10;
    const note = FEW_CASES_NOTE;
    return [
      [
        'Alle beoordeelde beslissingen',
        String(PANEL_FIXTURE.reviewed),
        String(PANEL_FIXTURE.errors),
        `${percent.format(share)}%`,
        `${percent.format(interval.lower * 100)}–${percent.format(interval.upper * 100)}%`,
        note,
      ],
      ...PANEL_FIXTURE.byLaw.map((group) => [
        lawLabel(group.law),
        String(group.reviewed),
        'afgeschermd',
        'afgeschermd',
        'afgeschermd',
        note,
      ]),
    ].map((cells) => cells.join(' | '));
  }

  const printed = (figure: DisclosedCount | undefined): string =>
    figure?.suppressed ? 'afgeschermd' : String(figure?.value ?? 0);

  afterAll(async () => {
    await sut?.close();
    process.env.LEERLUS_DATA_DIR = saved.dataDir;
    process.env.LEERLUS_PSEUDONYM_KEY = saved.key;
    if (saved.dataDir === undefined) delete process.env.LEERLUS_DATA_DIR;
    if (saved.key === undefined) delete process.env.LEERLUS_PSEUDONYM_KEY;
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
    await fixRecordKeys();

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
      compareReportSnapshots: { table: string; row: string; before: string; after: string }[];
    }>(
      `query ($a: ID!, $b: ID!) { compareReportSnapshots(first: $a, second: $b) { table row column before after } }`,
      { a: id, b: second.data!.freezeReport.id },
    );
    // The council's figures of 23 and 32 complaints, perturbed with their own cell keys.
    const wachttijdBefore = (await councilFigures('2024-01-01', '2024-06-30', false)).get('Wachttijd');
    const wachttijdAfter = (await councilFigures('2024-01-01', '2024-06-30', true)).get('Wachttijd');
    expect(printed(wachttijdBefore)).not.toBe(printed(wachttijdAfter));
    expect(changes.data!.compareReportSnapshots).toContainEqual(
      expect.objectContaining({
        table: "Alle thema's",
        row: 'Wachttijd',
        column: 'Deze periode',
        before: printed(wachttijdBefore),
        after: printed(wachttijdAfter),
      }),
    );
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

  it('should freeze the figures as the council sees them: perturbed, small true counts never shown', async () => {
    const { themes, keyFigures } = await firstSnapshot();
    const council = await councilFigures('2024-01-01', '2024-06-30', false);
    const previous = await councilFigures('2023-07-01', '2023-12-31', false);
    const cell = (rows: SnapshotRow[], label: string): string | undefined =>
      rows.find((r) => r.label === label)?.cells[0];
    for (const theme of ['Wachttijd', 'Bejegening', 'Communicatie']) {
      expect(cell(themes, theme)).toBe(printed(council.get(theme)));
    }
    expect(keyFigures.find((r) => r.label === 'Klachten en signalen')?.cells.slice(0, 2)).toEqual([
      printed(council.get('all')),
      printed(previous.get('all')),
    ]);
    // The fixture's keys make the ptable's two protections visible: a 2 published as 5, a 5 withheld.
    expect(cell(themes, 'Bejegening')).toBe('5');
    expect(cell(themes, 'Communicatie')).toBe('afgeschermd');
    for (const [theme, count] of await trueCounts()) {
      if (count < 5) expect(themes.find((r) => r.label === theme)?.cells ?? []).not.toContain(String(count));
    }
  });

  it("should freeze the panel's findings with Wilson intervals, small counts withheld for the council", async () => {
    const { panelByLaw } = await firstSnapshot();
    expect(panelByLaw.map((r) => [r.label, ...r.cells].join(' | '))).toEqual(expectedPanelRows());
    // The Wmo's 2 errors are never printed, nor its share of 20%.
    const wmo = panelByLaw.find((r) => r.label === lawLabel('wmo'))!;
    expect(wmo.cells).not.toContain('2');
    expect(wmo.suppressed.slice(1, 4)).toEqual([true, true, true]);
  });

  it('should print exactly the figures of the snapshot in a tagged PDF with headings, tables and alt text', async () => {
    const { id: firstId, themes, keyFigures } = await firstSnapshot();
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
    // The structure dictionaries are not compressed: every header cell carries its scope (the header
    // row Column, each row's label Row), the chart its bounding box; marked, titled, in Dutch.
    const raw = pdf.toString('latin1');
    const count = (pattern: RegExp): number => raw.match(pattern)?.length ?? 0;
    expect(count(/\/S \/TH\b/g)).toBeGreaterThan(10);
    expect(count(/\/Scope \/(Column|Row)\b/g)).toBe(count(/\/S \/TH\b/g));
    expect(count(/\/Scope \/Column\b/g)).toBeGreaterThan(0);
    expect(count(/\/Scope \/Row\b/g)).toBeGreaterThan(0);
    expect(raw).toMatch(/\/S \/Figure[^>]*\/A <<[^>]*\/BBox \[/s);
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(inspected.roles.filter((role) => role === 'H2')).toHaveLength(
      (await firstSnapshotSections(firstId)).length,
    );
    // Every theme's row and bar as frozen in the snapshot (a withheld one as "afgeschermd"), and the
    // key figures, whose change is not given below 10 (small numbers).
    expect(themes.length).toBeGreaterThan(2);
    for (const snapshotRow of [...themes, ...keyFigures]) {
      expect(inspected.lines).toContain([snapshotRow.label, ...snapshotRow.cells].join(' | '));
    }
    for (const snapshotRow of themes) {
      expect(inspected.alts.join(' ')).toContain(`${snapshotRow.label}: ${snapshotRow.cells[0]}`);
    }
    expect(inspected.lines).toContain(`Communicatie | afgeschermd | 0 | –`);
    expect(inspected.lines.some((text) => text.startsWith('Gemeente') && text.includes('GM9901'))).toBe(true);
    // Conduct had 2 complaints: its row is printed, never with 2.
    const conduct = inspected.lines.filter((text) => text.startsWith('Bejegening |'));
    expect(conduct.length).toBeGreaterThan(0);
    for (const text of conduct) expect(text.split(' | ')).not.toContain('2');
    // The panel's findings, as frozen: the withheld counts as "afgeschermd".
    // (The total's long label wraps onto a second line in its narrow column.)
    const [total, ...byLaw] = expectedPanelRows();
    expect(inspected.lines).toEqual(expect.arrayContaining(byLaw));
    const totalFigures = total!.split(' | ').slice(1).join(' | ');
    expect(inspected.lines.some((text) => text.endsWith(totalFigures))).toBe(true);
    expect(inspected.lines).toContain('Bevindingen van het burgerpanel');
  });

  it('should render the snapshot as DOCX and XLSX with its figures and the withheld cell as text', async () => {
    const { id, themes } = await firstSnapshot();
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
    expect(values).toContain('afgeschermd');
    const wachttijd = themes.find((r) => r.label === 'Wachttijd')!.cells[0]!;
    expect(values).toContain(wachttijd);
    // The panel's findings in both: the Wmo row with its withheld count, never the true 2.
    const panelSheet = workbook.worksheets.find((sheet) => sheet.name.includes('Bevindingen van het'))!;
    const wmoRow = panelSheet
      .getSheetValues()
      .find((r) => Array.isArray(r) && r.includes(lawLabel('wmo'))) as unknown[];
    expect(wmoRow.filter(Boolean)).toEqual([
      lawLabel('wmo'),
      10,
      'afgeschermd',
      'afgeschermd',
      'afgeschermd',
      expect.any(String),
    ]);
    const { default: JSZip } = await import('jszip');
    const word = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const texts = [...word.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toContain('Bevindingen van het burgerpanel');
    const wmoAt = texts.indexOf(lawLabel('wmo'));
    expect(texts.slice(wmoAt, wmoAt + 5)).toEqual([
      lawLabel('wmo'),
      '10',
      'afgeschermd',
      'afgeschermd',
      'afgeschermd',
    ]);
  });
});
