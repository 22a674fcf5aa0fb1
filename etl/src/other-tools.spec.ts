import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile } from './import-file';
import { exportRejectedRows } from './load/rejected-export';
import { loadProfile } from './profiles/profile.loader';
import { seedReference, TEST_KEY, writeText } from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

/**
 * Exports written by other tools than ours (Python's csv module, openpyxl, LibreOffice, a Signalen-shaped
 * JSON feed; see etl/fixtures/other-tools/README.md), each loaded with a profile and no edits to the file.
 */
const FIXTURES = join(__dirname, '..', 'fixtures', 'other-tools');
const fixture = (name: string): string => join(FIXTURES, name);
const profilePath = (name: string): string => join(FIXTURES, 'profiles', `${name}.yaml`);

describe('exports made by other tools', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    await seedReference(db.pool, [
      { code: 'nyc-hpd', name: 'Housing Preservation and Development' },
      { code: 'nyc-dsny', name: 'Sanitation' },
      { code: 'nyc-dob', name: 'Buildings' },
    ]);
    dir = await tempDir();
  });

  afterAll(async () => {
    await db.drop();
  });

  async function records(prefix: string): Promise<Record<string, unknown>[]> {
    const { rows } = await db.pool.query(
      `SELECT c.external_id, c.received_on::text AS received, c.closed_on::text AS closed,
              c.acknowledged_on::text AS acknowledged, c.term_days, c.outcome, c.measures, c.text_redacted,
              c.domain_code, o.code AS subject_org, c.subject_key IS NOT NULL AS has_subject
       FROM case_record c LEFT JOIN organisation o ON o.id = c.subject_organisation_id
       WHERE c.external_id LIKE $1 ORDER BY c.external_id`,
      [`${prefix}%`],
    );
    return rows;
  }

  async function rejections(importId: string): Promise<{ row_number: number; reason: string }[]> {
    const { rows } = await db.pool.query<{ row_number: number; reason: string }>(
      'SELECT row_number, reason FROM rejected_row WHERE import_id = $1 ORDER BY row_number',
      [importId],
    );
    return rows;
  }

  it('should load an English CSV with multi-line narratives, report spreadsheet row numbers and re-import the fixed rejected rows', async () => {
    const profile = profilePath('cfpb-complaints');
    const summary = await importFile(db.pool, { file: fixture('cfpb-complaints.csv'), profile });
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 4, rowsInserted: 3, rowsRejected: 1 });
    // Header = row 1; the narratives' line breaks do not shift the rows: the bad row is the 4th row.
    expect(await rejections(summary.importId)).toEqual([
      { row_number: 4, reason: expect.stringMatching(/ongeldige datum .*februari 2024 heeft 29 dagen/) },
    ]);
    const loaded = await records('CFPB-');
    expect(loaded.map((r) => [r.external_id, r.received, r.acknowledged, r.domain_code])).toEqual([
      ['CFPB-8512340', '2024-03-15', '2024-03-15', 'schuldhulp'],
      ['CFPB-8512341', '2024-03-18', '2024-03-19', 'overig'],
      ['CFPB-8512343', '2024-04-02', '2024-04-03', 'overig'],
    ]);
    expect(loaded[0]?.text_redacted).toBe(
      'Attempts to collect debt not owed — Debt is not yours — They keep calling me about a debt\nthat is not mine. I asked them\nto stop three times.',
    );

    const rejectedFile = join(dir, 'cfpb-afgewezen.csv');
    await exportRejectedRows(db.pool, summary.importId, rejectedFile);
    const exported = await readFile(rejectedFile, 'utf8');
    expect(exported).toContain('8512342');
    await writeText(dir, 'cfpb-verbeterd.csv', exported.replace('02/30/24', '02/29/24'));
    const again = await importFile(db.pool, { file: join(dir, 'cfpb-verbeterd.csv'), profile });
    expect(again).toMatchObject({ status: 'succeeded', rowsRead: 1, rowsInserted: 1, rowsRejected: 0 });
    expect((await records('CFPB-8512342'))[0]).toMatchObject({ received: '2024-02-29' });
  });

  it.each(['nyc-311-openpyxl.xlsx', 'nyc-311-libreoffice.xlsx'])(
    'should load %s: a named sheet after a notes sheet, title rows, AM/PM times, lookups and 9-digit ids that pass the elfproef',
    async (file) => {
      const summary = await importFile(db.pool, { file: fixture(file), profile: profilePath('nyc-311') });
      expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 4, rowsRejected: 0 });
      expect(summary.source).toBe('XLSX, werkblad "Service Requests", kopregel op rij 5');
      const loaded = await records('3110000');
      expect(loaded.map((r) => [r.external_id, r.received, r.closed, r.term_days, r.subject_org])).toEqual([
        ['311000009', '2024-01-15', '2024-01-20', 3, 'nyc-hpd'],
        ['311000011', '2024-01-16', null, 5, 'nyc-dsny'],
        ['311000022', '2024-01-17', '2024-01-17', 3, 'nyc-hpd'],
        ['311000034', '2024-01-18', '2024-01-25', 30, 'nyc-dob'],
      ]);
      // The free text is still scanned: the phone number in the descriptor is redacted.
      expect(loaded[0]?.text_redacted).toMatch(
        /^ENTIRE BUILDING - tenant can be reached at \[TELEFOON\] \/ The/,
      );
    },
  );

  it('should keep record ids in the rejected rows of an XLSX import and re-import that file with the same XLSX profile', async () => {
    const yaml = await readFile(profilePath('nyc-311'), 'utf8');
    const strict = await writeText(dir, 'nyc-311-strict.yaml', yaml.replace(", '*': '30' }", ' }'));
    const summary = await importFile(db.pool, { file: fixture('nyc-311-openpyxl.xlsx'), profile: strict });
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 4, rowsRejected: 1 });
    expect(await rejections(summary.importId)).toEqual([
      {
        row_number: 9,
        reason: expect.stringMatching(/onbekende waarde "Illegal Conversion".*vocabulaire "terms"/),
      },
    ]);
    const rejectedFile = join(dir, 'nyc-afgewezen.csv');
    await exportRejectedRows(db.pool, summary.importId, rejectedFile);
    expect(await readFile(rejectedFile, 'utf8')).toMatch(/^\ufeffUnique Key;.*\r\n311000034;/);
    const again = await importFile(db.pool, { file: rejectedFile, profile: profilePath('nyc-311') });
    expect(again).toMatchObject({ status: 'succeeded', rowsRead: 1, rowsRejected: 0 });
    expect(again.rowsInserted + again.rowsUpdated + again.rowsUnchanged).toBe(1);
  });

  it('should reject 9-digit ids that pass the elfproef when the profile does not name them as record ids', async () => {
    const profile = await loadProfile(profilePath('nyc-311'));
    const summary = await importFile(db.pool, {
      file: fixture('nyc-311-openpyxl.xlsx'),
      profile: { ...profile, privacy: { idColumns: [] }, version: 'zonder-id-kolommen' },
    });
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 4, rowsRejected: 3 });
    expect((await rejections(summary.importId)).map((r) => r.reason)).toEqual([
      expect.stringMatching(/bevat een BSN/),
      expect.stringMatching(/bevat een BSN/),
      expect.stringMatching(/bevat een BSN/),
    ]);
  });

  it('should group several rows of one case, take parts of columns by pattern and apply the built-in date rule', async () => {
    const summary = await importFile(db.pool, {
      file: fixture('lgsco-decisions.csv'),
      profile: profilePath('lgsco-decisions'),
    });
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 3, rowsInserted: 2, rowsRejected: 1 });
    expect(await rejections(summary.importId)).toEqual([
      { row_number: 9, reason: expect.stringMatching(/de afsluitdatum ligt vóór de ontvangstdatum/) },
    ]);
    const loaded = await records('LGSCO-');
    expect(loaded.map((r) => [r.external_id, r.domain_code, r.outcome, r.measures, r.closed])).toEqual([
      [
        'LGSCO-23 001 234',
        'wmo',
        'gegrond',
        ['excuses', 'financiele_compensatie', 'werkwijze_aangepast'],
        '2023-09-14',
      ],
      ['LGSCO-23 004 567', 'jeugd', 'niet_ontvankelijk', [], '2023-08-01'],
    ]);
  });

  it('should load a Signalen JSON feed: offsets to the Amsterdam date, a hex id that is no postcode, reporters pseudonymised', async () => {
    const summary = await importFile(db.pool, {
      file: fixture('signalen-feed.json'),
      profile: profilePath('signalen-feed'),
    });
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 3, rowsInserted: 3, rowsRejected: 0 });
    const { rows } = await db.pool.query(
      `SELECT external_id, received_on::text AS received, subject_key IS NOT NULL AS has_subject, text_redacted
       FROM case_record WHERE kind = 'signaal' ORDER BY received_on, external_id`,
    );
    expect(rows).toEqual([
      {
        external_id: '1234ab7d-9c0e-4f6a-8b2d-3e4f5a6b7c8d',
        received: '2024-07-01',
        has_subject: true,
        text_redacted: expect.stringContaining('Bel [TELEFOON].'),
      },
      expect.objectContaining({
        external_id: 'b4c1e9d2-1f3a-4b5c-8d6e-7f8091a2b3c4',
        received: '2024-07-01',
      }),
      expect.objectContaining({
        external_id: 'c5d2f0e3-2a4b-4c6d-9e7f-8091a2b3c4d5',
        received: '2024-07-04',
      }),
    ]);
    const { rows: stored } = await db.pool.query(
      `SELECT count(*)::int AS n FROM case_record WHERE subject_key LIKE '%example%'`,
    );
    expect(stored[0].n).toBe(0);
  });

  it('should reject provider report lines that break the built-in rules and the profile rule', async () => {
    const summary = await importFile(db.pool, {
      file: fixture('provider-report.csv'),
      profile: profilePath('provider-report'),
    });
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 4, rowsRejected: 3 });
    expect((await rejections(summary.importId)).map((r) => [r.row_number, r.reason])).toEqual([
      [
        3,
        expect.stringMatching(
          /meer gegronde klachten dan klachten.*resolved_count moet niet kleiner dan upheld_count/,
        ),
      ],
      [4, expect.stringMatching(/meer opgeloste klachten dan klachten/)],
      [5, expect.stringMatching(/^resolved_count moet niet kleiner dan upheld_count zijn/)],
    ]);
  });

  it('should load a contract list converted to XLSX by LibreOffice, creating unknown providers', async () => {
    const summary = await importFile(db.pool, {
      file: fixture('contracts-libreoffice.xlsx'),
      profile: profilePath('contracts'),
    });
    expect(summary.message).toBeNull();
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 3, rowsInserted: 2, rowsRejected: 1 });
    expect(summary.organisationsCreated.map((o) => o.name)).toEqual(['Jeugdhulp Het Anker']);
    expect(await rejections(summary.importId)).toEqual([
      { row_number: 5, reason: expect.stringMatching(/het contract eindigt vóór het begint/) },
    ]);
    const { rows } = await db.pool.query(
      `SELECT o.name, c.domain_code, c.reference, c.starts_on::text AS starts, c.ends_on::text AS ends,
              c.half_year_report_required AS report
       FROM contract c JOIN organisation o ON o.id = c.organisation_id ORDER BY c.reference`,
    );
    expect(rows).toEqual([
      {
        name: 'Zorggroep De Linde',
        domain_code: 'wmo',
        reference: 'C-2024-001',
        starts: '2024-01-01',
        ends: '2026-12-31',
        report: true,
      },
      {
        name: 'Jeugdhulp Het Anker',
        domain_code: 'jeugd',
        reference: 'C-2024-002',
        starts: '2024-01-01',
        ends: null,
        report: true,
      },
    ]);
  });

  it('should import the same file again when the profile changed, not when only its comments did, and with force', async () => {
    const file = fixture('signalen-feed.json');
    const yaml = await readFile(profilePath('signalen-feed'), 'utf8');
    const commented = await writeText(dir, 'signalen-commentaar.yaml', `# alleen commentaar erbij\n${yaml}`);
    expect(await importFile(db.pool, { file, profile: commented })).toMatchObject({ status: 'duplicate' });
    const changed = await writeText(
      dir,
      'signalen-gewijzigd.yaml',
      yaml.replace("channels: { online: webformulier, '*': telefoon }", "channels: { '*': webformulier }"),
    );
    expect((await loadProfile(changed)).version).not.toBe((await loadProfile(commented)).version);
    expect(await importFile(db.pool, { file, profile: changed })).toMatchObject({
      status: 'succeeded',
      rowsUpdated: 1,
      rowsUnchanged: 2,
    });
    expect(await importFile(db.pool, { file, profile: changed })).toMatchObject({ status: 'duplicate' });
    expect(await importFile(db.pool, { file, profile: changed, force: true })).toMatchObject({
      status: 'succeeded',
      rowsUnchanged: 3,
    });
  });
});
