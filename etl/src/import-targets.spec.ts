import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile } from './import-file';
import { createThemeClassifier, type ThemeDefinition } from './themes/classifier';
import { CASE_PROFILE, caseRow, seedReference, TEST_KEY, toCsv, writeText } from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

const REPORT_PROFILE = `
name: test-halfjaar
label: Halfjaarrapportage aanbieders
target: provider_report
fields:
  provider: { column: Aanbieder }
  period_start: { column: Periode van }
  period_end: { column: Periode tot }
  submitted_on: { column: Ingediend }
  domain: { column: Domein, vocabulary: domeinen }
  theme: { column: Aard, vocabulary: aard }
  cause: { column: Oorzaak }
  complaint_count: { column: Aantal }
  upheld_count: { column: Gegrond }
  measures: { column: Maatregelen }
vocabularies:
  domeinen: { Wmo: wmo, Jeugd: jeugd }
  aard: { Wachttijd: wachttijd, Bejegening: bejegening, Anders: onbekend }
createOrganisations: aanbieder
`;

const REPORT_HEADERS = [
  'Aanbieder',
  'Periode van',
  'Periode tot',
  'Ingediend',
  'Domein',
  'Aard',
  'Oorzaak',
  'Aantal',
  'Gegrond',
  'Maatregelen',
];

const OBJECTION_PROFILE = `
name: test-bezwaar
label: Beslissingen op bezwaar
target: objection_decision
read: { format: xlsx, sheet: Bezwaren }
fields:
  external_id: { column: Zaak }
  source_organisation: { default: gemeente-testdorp }
  law: { column: Wet, vocabulary: wetten }
  domain: { column: Wet, vocabulary: domeinen }
  objection_received_on: { column: Ontvangen }
  decided_on: { column: Beslist }
  advisory_committee: { column: Commissie }
  outcome: { column: Uitkomst, vocabulary: uitkomsten }
  summary: { column: Samenvatting }
  subject: { column: Burger }
vocabularies:
  wetten: { Wmo 2015: wmo, Jeugdwet: jeugdwet, Participatiewet: participatiewet }
  domeinen: { Wmo 2015: wmo, Jeugdwet: jeugd, Participatiewet: werk_inkomen }
  uitkomsten: { Gegrond: gegrond, Ongegrond: ongegrond, 'Niet-ontvankelijk': niet_ontvankelijk, '*': onbekend }
`;

describe('import targets', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    await seedReference(db.pool);
    dir = await tempDir();
  });

  afterAll(async () => {
    await db.drop();
  });

  /** What the theme classifier makes of a text, applying the import's confidence threshold. */
  async function expectedTheme(text: string): Promise<string | null> {
    const { rows } = await db.pool.query<ThemeDefinition>(
      `SELECT t.code, t.keywords, t.domain_code AS "domainCode", p.code AS "parentCode"
       FROM theme t LEFT JOIN theme p ON p.id = t.parent_id WHERE t.active ORDER BY t.sort_order, t.id`,
    );
    const classifier = createThemeClassifier(rows);
    const suggestion = classifier.classify(text);
    return suggestion?.themeCode && suggestion.confidence >= classifier.threshold
      ? suggestion.themeCode
      : null;
  }

  it('should group provider report rows into one report per provider and period, and replace changed lines', async () => {
    const profile = await writeText(dir, 'test-halfjaar.yaml', REPORT_PROFILE);
    const line = (
      aanbieder: string,
      van: string,
      tot: string,
      aard: string,
      oorzaak: string,
      aantal: string,
    ) => ({
      Aanbieder: aanbieder,
      'Periode van': van,
      'Periode tot': tot,
      Ingediend: '15-07-2024',
      Domein: 'Wmo',
      Aard: aard,
      Oorzaak: oorzaak,
      Aantal: aantal,
      Gegrond: '1',
      Maatregelen: 'Gesprek met mevrouw Jansen, 06-12345678',
    });
    const data = [
      line('Zorggroep De Linde', '01-01-2024', '30-06-2024', 'Wachttijd', 'Personeelstekort', '4'),
      line('Zorggroep De Linde', '01-01-2024', '30-06-2024', 'Bejegening', 'Houding medewerker', '2'),
      line('Zorggroep De Linde', '01-01-2024', '30-06-2024', 'Anders', 'Lang wachten op de wachtlijst', '1'),
      line('Thuiszorg Nieuw', '01-01-2024', '30-06-2024', 'Wachttijd', '', '3'),
      line('Zorggroep De Linde', '01-07-2023', '31-12-2023', 'Wachttijd', 'Personeelstekort', '5'),
      line('Zorggroep De Linde', '01-07-2023', '31-12-2023', 'Wachttijd', 'Personeelstekort', '6'),
      line('Thuiszorg Nieuw', '01-07-2024', '01-07-2024', 'Wachttijd', '', '3'),
    ];
    const file = await writeText(dir, 'halfjaar.csv', toCsv(REPORT_HEADERS, data));
    const first = await importFile(db.pool, { file, profile });
    expect(first).toMatchObject({
      status: 'succeeded',
      rowsRead: 7,
      rowsInserted: 5,
      rowsRejected: 2,
      minDate: '2023-07-01',
      maxDate: '2024-06-30',
      organisationsCreated: [{ code: 'thuiszorg-nieuw', name: 'Thuiszorg Nieuw' }],
    });
    const { rows: rejected } = await db.pool.query(
      'SELECT row_number, reason FROM rejected_row WHERE import_id = $1 ORDER BY 1',
      [first.importId],
    );
    expect(rejected).toEqual([
      { row_number: 7, reason: expect.stringMatching(/^dubbele regel: .* rij 6/) },
      { row_number: 8, reason: expect.stringMatching(/het einde van de periode ligt niet na het begin/) },
    ]);
    const { rows: reports } = await db.pool.query(
      `SELECT o.code, r.period_start::text, r.period_end::text, r.due_on::text, r.submitted_on::text,
              array_agg(l.complaint_count ORDER BY l.line_number) AS counts,
              array_agg(coalesce(t.code, '-') ORDER BY l.line_number) AS themes,
              min(l.measures) AS measures
       FROM provider_report r JOIN organisation o ON o.id = r.provider_organisation_id
       JOIN provider_report_line l ON l.report_id = r.id LEFT JOIN theme t ON t.id = l.theme_id
       GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2`,
    );
    expect(reports).toEqual([
      {
        code: 'thuiszorg-nieuw',
        period_start: '2024-01-01',
        period_end: '2024-06-30',
        // No due date in the export: the reporting calendar (before 1 December for January-June).
        due_on: '2024-12-01',
        submitted_on: '2024-07-15',
        counts: [3],
        themes: ['wachttijd'],
        measures: 'Gesprek met mevrouw [NAAM], [TELEFOON]',
      },
      expect.objectContaining({
        code: 'zorg-de-linde',
        period_start: '2023-07-01',
        due_on: '2024-07-01',
        counts: [5],
      }),
      // "Anders" maps to no theme, so the classifier reads the cause ("wachten", "wachtlijst").
      expect.objectContaining({
        code: 'zorg-de-linde',
        period_start: '2024-01-01',
        counts: [4, 2, 1],
        themes: ['wachttijd', 'bejegening', (await expectedTheme('Lang wachten op de wachtlijst')) ?? '-'],
      }),
    ]);

    // A corrected report for one provider and period: its lines are replaced, the rest is unchanged.
    const corrected = data.slice(0, 5).map((row, i) => (i === 1 ? { ...row, Aantal: '3' } : row));
    const second = await importFile(db.pool, {
      file: await writeText(dir, 'halfjaar-2.csv', toCsv(REPORT_HEADERS, corrected)),
      profile,
    });
    expect(second).toMatchObject({ status: 'succeeded', rowsInserted: 0, rowsUpdated: 3, rowsUnchanged: 2 });
    const { rows: lines } = await db.pool.query(
      `SELECT l.line_number, l.complaint_count FROM provider_report_line l JOIN provider_report r ON r.id = l.report_id
       JOIN organisation o ON o.id = r.provider_organisation_id
       WHERE o.code = 'zorg-de-linde' AND r.period_start = '2024-01-01' ORDER BY 1`,
    );
    expect(lines).toEqual([
      { line_number: 1, complaint_count: 4 },
      { line_number: 2, complaint_count: 3 },
      { line_number: 3, complaint_count: 1 },
    ]);
  });

  it('should import objection decisions from a named XLSX sheet', async () => {
    const profile = await writeText(dir, 'test-bezwaar.yaml', OBJECTION_PROFILE);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Toelichting').addRow(['Export juridische zaken']);
    const sheet = book.addWorksheet('Bezwaren');
    sheet.addRow(['Zaak', 'Wet', 'Ontvangen', 'Beslist', 'Commissie', 'Uitkomst', 'Samenvatting', 'Burger']);
    sheet.addRow([
      'BZ-1',
      'Wmo 2015',
      new Date(Date.UTC(2024, 0, 10)),
      new Date(Date.UTC(2024, 2, 1)),
      true,
      'Gegrond',
      'Lang wachten op een besluit',
      123456782,
    ]);
    sheet.addRow(['BZ-2', 'Jeugdwet', '12-02-2024', '', false, 'Nog niet', '', '']);
    sheet.addRow(['BZ-3', 'Jeugdwet', '12-02-2024', '01-02-2024', 'nee', 'Ongegrond', '', '']);
    const file = join(dir, 'bezwaren.xlsx');
    await book.xlsx.writeFile(file);
    const summary = await importFile(db.pool, { file, profile });
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 3, rowsInserted: 2, rowsRejected: 1 });
    expect(summary.source).toBe('XLSX, werkblad "Bezwaren", kopregel op rij 1');
    const { rows } = await db.pool.query(
      `SELECT external_id, law, d.domain_code, objection_received_on::text AS received, decided_on::text AS decided,
              advisory_committee, outcome, summary_redacted, subject_key IS NOT NULL AS has_subject, t.code AS theme
       FROM objection_decision d LEFT JOIN theme t ON t.id = d.theme_id ORDER BY external_id`,
    );
    expect(rows).toEqual([
      {
        external_id: 'BZ-1',
        law: 'wmo',
        domain_code: 'wmo',
        received: '2024-01-10',
        decided: '2024-03-01',
        advisory_committee: true,
        outcome: 'gegrond',
        summary_redacted: 'Lang wachten op een besluit',
        has_subject: true,
        theme: await expectedTheme('Lang wachten op een besluit'),
      },
      expect.objectContaining({
        external_id: 'BZ-2',
        law: 'jeugdwet',
        decided: null,
        outcome: 'onbekend',
        has_subject: false,
        theme: null,
      }),
    ]);
  });

  it('should theme objections by the decision objected to, never by the stock phrases of the summary', async () => {
    const profile = await writeText(
      dir,
      'test-bezwaar-csv.yaml',
      OBJECTION_PROFILE.replace('name: test-bezwaar', 'name: test-bezwaar-csv')
        .replace('read: { format: xlsx, sheet: Bezwaren }', 'read: { format: csv, delimiter: ";" }')
        .replace('fields:', 'fields:\n  decision_type: { column: Besluit }'),
    );
    const stock =
      'Het bezwaar is ongegrond. Het primaire besluit wordt gehandhaafd; de beslissing is goed gemotiveerd.';
    const file = await writeText(
      dir,
      'bezwaren-besluit.csv',
      [
        'Zaak;Wet;Besluit;Ontvangen;Beslist;Commissie;Uitkomst;Samenvatting;Burger',
        `BB-1;Wmo 2015;Afwijzing scootmobiel;10-01-2024;01-03-2024;nee;Ongegrond;${stock};`,
        `BB-2;Participatiewet;Afwijzing bijzondere bijstand;10-01-2024;01-03-2024;nee;Ongegrond;${stock};`,
      ].join('\n'),
    );
    expect(await importFile(db.pool, { file, profile })).toMatchObject({
      status: 'succeeded',
      rowsInserted: 2,
    });
    const { rows } = await db.pool.query(
      `SELECT external_id, t.code AS theme FROM objection_decision d LEFT JOIN theme t ON t.id = d.theme_id
       WHERE external_id LIKE 'BB-%' ORDER BY external_id`,
    );
    expect(rows).toEqual([
      { external_id: 'BB-1', theme: 'hulpmiddelen' },
      { external_id: 'BB-2', theme: 'bijzondere_bijstand' },
    ]);
  });

  it('should import case records from a nested JSON document', async () => {
    const profile = await writeText(
      dir,
      'test-json.yaml',
      `${CASE_PROFILE.replace('name: test-klachten', 'name: test-json')}\nread: { records: resultaat.zaken }\n`,
    );
    const zaken = [1, 2, 3].map((n) => {
      const row: Record<string, string> = { ...caseRow(n), Zaaknummer: `JS-${n}` };
      if (n === 2) delete row['Datum afgehandeld'];
      return row;
    });
    const file = await writeText(dir, 'zaken.json', JSON.stringify({ resultaat: { aantal: 3, zaken } }));
    const summary = await importFile(db.pool, { file, profile });
    expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 3, rowsRejected: 0 });
    const { rows } = await db.pool.query(
      `SELECT external_id, closed_on::text FROM case_record WHERE external_id LIKE 'JS-%' ORDER BY 1`,
    );
    expect(rows).toEqual([
      { external_id: 'JS-1', closed_on: '2024-05-15' },
      { external_id: 'JS-2', closed_on: null },
      { external_id: 'JS-3', closed_on: '2024-05-15' },
    ]);
  });
});

describe('the worked example in etl/README.md', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('should import the example export with the example profile, as documented', async () => {
    const readme = await readFile(join(__dirname, '..', 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({
      lang: m[1],
      body: m[2] ?? '',
    }));
    const csv = blocks.find((b) => b.body.startsWith('Nummer;'))?.body ?? '';
    const yaml = blocks.find((b) => b.lang === 'yaml')?.body ?? '';
    expect(csv).not.toBe('');
    await db.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM9999', 'Voorbeeld')`);
    await db.pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code) VALUES
         ('gemeente-voorbeeld', 'Gemeente Voorbeeld', 'gemeente', 'GM9999'),
         ('thuiszorg-de-linde', 'Thuiszorg De Linde', 'aanbieder', 'GM9999')`,
    );
    const dir = await tempDir();
    const profile = await writeText(dir, 'voorbeeld-wmo-klachten.yaml', yaml);
    const file = await writeText(dir, 'klachten-q1.csv', iconv.encode(csv, 'win1252'));
    const summary = await importFile(db.pool, { file, profile, municipalityCode: 'GM9999' });
    expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 2, rowsRejected: 0, warnings: [] });
    const { rows } = await db.pool.query(
      `SELECT external_id, c.kind, channel, outcome, received_on::text, closed_on::text, o.code AS about,
              subject_key IS NOT NULL AS pseudonymised, text_redacted
       FROM case_record c JOIN organisation o ON o.id = c.subject_organisation_id ORDER BY external_id`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        external_id: 'W-1001',
        kind: 'klacht',
        channel: 'telefoon',
        outcome: 'gegrond',
        received_on: '2024-04-03',
        closed_on: '2024-05-02',
        about: 'thuiszorg-de-linde',
        pseudonymised: true,
      }),
      expect.objectContaining({
        external_id: 'W-1002',
        kind: 'signaal',
        channel: 'email',
        outcome: 'lopend',
        received_on: '2024-04-05',
        closed_on: null,
        about: 'gemeente-voorbeeld',
        pseudonymised: false,
        text_redacted: 'Bel mij op [TELEFOON]',
      }),
    ]);
  });
});
