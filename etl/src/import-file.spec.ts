import { readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile, type ImportSummary } from './import-file';
import { ABORTED_MESSAGE, IMPORT_LOCK_KEY, ImportBusyError } from './load/import.repository';
import { exportRejectedRows } from './load/rejected-export';
import { Pseudonymiser } from './privacy/pseudonym';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  captureLog,
  caseRow,
  type CaseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

describe(importFile.name, () => {
  let db: TestDatabase;
  let dir: string;
  let profile: string;
  let fileNumber = 0;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    await seedReference(db.pool);
    dir = await tempDir();
    profile = await writeText(dir, 'test-klachten.yaml', CASE_PROFILE);
  });

  afterAll(async () => {
    await db.drop();
  });

  /** Each test uses its own id prefix, so tests sharing the database do not see each other's rows. */
  function rows(
    prefix: string,
    count: number,
    change: (row: CaseRow, i: number) => Partial<CaseRow> = () => ({}),
  ): CaseRow[] {
    return Array.from({ length: count }, (_, i) => {
      const row = caseRow(i + 1);
      return { ...row, Zaaknummer: `${prefix}-${i + 1}`, ...change(row, i) };
    });
  }

  async function csvFile(
    data: Record<string, string>[],
    headers: readonly string[] = CASE_HEADERS,
  ): Promise<string> {
    fileNumber++;
    return writeText(dir, `export-${fileNumber}.csv`, toCsv(headers, data));
  }

  async function run(file: string, options: { profile?: string } = {}): Promise<ImportSummary> {
    return importFile(db.pool, { file, profile: options.profile ?? profile, dataDir: dir });
  }

  async function countFor(importId: string): Promise<{ cases: number; rejected: number }> {
    const { rows: counts } = await db.pool.query(
      `SELECT (SELECT count(*)::int FROM case_record WHERE import_id = $1) AS cases,
              (SELECT count(*)::int FROM rejected_row WHERE import_id = $1) AS rejected`,
      [importId],
    );
    return counts[0];
  }

  it('should import a CSV export: codes, dates, organisations, pseudonyms, themes and rollups', async () => {
    const data = rows('OK', 6, (_, i) => ({
      BSN: i < 2 ? '123456782' : '',
      Onderwerp: i === 0 ? 'Wachttijd' : '',
      Omschrijving:
        i === 1 ? 'Mevrouw werd onvriendelijk en respectloos behandeld' : i === 2 ? 'Over de verf' : 'x',
      Kanaal: i === 3 ? 'Fax' : 'Telefoon',
    }));
    const { log, lines } = captureLog();
    const summary = await importFile(db.pool, { file: await csvFile(data), profile, log, startedBy: 'test' });
    expect(summary).toMatchObject({
      status: 'succeeded',
      rowsRead: 6,
      rowsInserted: 6,
      rowsUpdated: 0,
      rowsUnchanged: 0,
      rowsRejected: 0,
      minDate: '2024-04-03',
      maxDate: '2024-04-03',
      municipalityCode: 'GM0001',
    });
    expect(summary.rollupsRefreshed).toContain('case_month_domain');
    expect(lines).toEqual([]);
    const { rows: cases } = await db.pool.query(
      `SELECT c.external_id, c.kind, c.domain_code, c.channel, c.line, c.outcome, c.received_on::text, c.closed_on::text,
              c.feedback_given, c.subject_key, o.code AS subject_org, s.code AS source_org, t.code AS theme
       FROM case_record c JOIN organisation o ON o.id = c.subject_organisation_id
       JOIN organisation s ON s.id = c.source_organisation_id LEFT JOIN theme t ON t.id = c.theme_id
       WHERE c.import_id = $1 ORDER BY c.external_id`,
      [summary.importId],
    );
    expect(cases[0]).toMatchObject({
      external_id: 'OK-1',
      kind: 'klacht',
      domain_code: 'wmo',
      channel: 'telefoon',
      line: 'eerste_lijn_gemeente',
      outcome: 'gegrond',
      received_on: '2024-04-03',
      closed_on: '2024-05-15',
      feedback_given: true,
      subject_org: 'zorg-de-linde',
      source_org: 'gemeente-testdorp',
      theme: 'wachttijd',
    });
    expect(cases[0].subject_key).toMatch(/^[0-9a-f]{64}$/);
    expect(cases[1].subject_key).toBe(cases[0].subject_key);
    expect(cases[2].subject_key).toBeNull();
    expect(cases[1].theme).toBe('bejegening');
    expect(cases[3].channel).toBe('onbekend');
    const { rows: themes } = await db.pool.query(
      `SELECT c.external_id, ct.assigned_by, ct.is_primary, ct.confidence::float, ct.evidence
       FROM case_theme ct JOIN case_record c ON c.municipality_code = ct.municipality_code AND c.id = ct.case_id
       WHERE c.import_id = $1 ORDER BY c.external_id`,
      [summary.importId],
    );
    expect(themes[0]).toMatchObject({
      external_id: 'OK-1',
      assigned_by: 'bron',
      is_primary: true,
      confidence: null,
    });
    expect(themes[1]).toMatchObject({ external_id: 'OK-2', assigned_by: 'classificatie', is_primary: true });
    expect(themes[1].confidence).toBeGreaterThanOrEqual(0.5);
    expect(themes[1].evidence.length).toBeGreaterThan(0);
    const { rows: record } = await db.pool.query('SELECT * FROM import WHERE id = $1', [summary.importId]);
    expect(record[0]).toMatchObject({
      status: 'succeeded',
      rows_read: 6,
      rows_inserted: 6,
      started_by: 'test',
      source_columns: [...CASE_HEADERS],
      profile: 'test-klachten',
    });
    expect(record[0].finished_at).not.toBeNull();
    const { rows: daily } = await db.pool.query('SELECT sum(case_count)::int AS n FROM case_record_daily');
    expect(daily[0].n).toBeGreaterThanOrEqual(6);
  });

  it('should keep the day the source made the export, for delivery coverage and the age of open records', async () => {
    const summary = await importFile(db.pool, {
      file: await csvFile(rows('EXP', 2)),
      profile,
      dataDir: dir,
      exportedOn: '2025-01-31',
    });
    const { rows: record } = await db.pool.query<{ exported_on: string }>(
      `SELECT to_char(exported_on, 'YYYY-MM-DD') AS exported_on FROM import WHERE id = $1`,
      [summary.importId],
    );
    expect(record[0]?.exported_on).toBe('2025-01-31');
  });

  it('should treat the same file twice as a no-op that says so', async () => {
    const file = await csvFile(rows('DUP', 4));
    const first = await run(file);
    const before = await db.pool.query('SELECT count(*)::int AS n, max(updated_at) AS t FROM case_record');
    const second = await run(file);
    expect(second).toMatchObject({
      status: 'duplicate',
      duplicateOf: first.importId,
      rowsInserted: 0,
      rowsUpdated: 0,
    });
    expect(second.message).toContain(`import #${first.importId}`);
    const after = await db.pool.query('SELECT count(*)::int AS n, max(updated_at) AS t FROM case_record');
    expect(after.rows).toEqual(before.rows);
    const { rows: record } = await db.pool.query('SELECT status, error FROM import WHERE id = $1', [
      second.importId,
    ]);
    expect(record[0]).toEqual({ status: 'duplicate', error: second.message });
  });

  it('should update changed records from a later export, without duplicates', async () => {
    const first = await run(await csvFile(rows('UPD', 5)));
    expect(first.rowsInserted).toBe(5);
    const later = rows('UPD', 6, (_, i) =>
      i === 1 ? { Uitkomst: 'Ongegrond' } : i === 3 ? { 'Datum afgehandeld': '' } : {},
    );
    const second = await run(await csvFile(later));
    expect(second).toMatchObject({ status: 'succeeded', rowsInserted: 1, rowsUpdated: 2, rowsUnchanged: 3 });
    const { rows: cases } = await db.pool.query(
      `SELECT external_id, outcome, closed_on, import_id FROM case_record WHERE external_id LIKE 'UPD-%' ORDER BY external_id`,
    );
    expect(cases).toHaveLength(6);
    expect(cases.find((c) => c.external_id === 'UPD-2')).toMatchObject({
      outcome: 'ongegrond',
      import_id: second.importId,
    });
    expect(cases.find((c) => c.external_id === 'UPD-4')).toMatchObject({
      closed_on: null,
      import_id: second.importId,
    });
    expect(cases.find((c) => c.external_id === 'UPD-1')?.import_id).toBe(first.importId);
  });

  it('should refresh the rollups of the months a record left and entered, and only those', async () => {
    const rollups = async (): Promise<string[]> => {
      const { rows: lines } = await db.pool.query<{ line: string }>(
        `SELECT row_to_json(t)::text AS line FROM (
           SELECT 'monthly' AS r, month::text || theme_id AS at, domain_code, outcome, case_count, closed_count
             FROM case_month_outcome
           UNION ALL SELECT 'outcome', month::text || theme_id, domain_code, law, case_count, gegrond_count
             FROM outcome_month_theme
           UNION ALL SELECT 'time', month::text, domain_code, duration_days::text, case_count, 0
             FROM handling_time_month_domain) t ORDER BY 1`,
      );
      return lines.map((row) => row.line);
    };
    await run(
      await csvFile(rows('MOVE', 3, () => ({ 'Datum ontvangst': '10-01-2023', 'Datum afgehandeld': '' }))),
    );
    const { rows: untouched } = await db.pool.query<{ ctid: string }>(
      `SELECT ctid::text FROM case_month_outcome WHERE month <> ALL ('{2023-01-01,2023-06-01}'::date[])`,
    );
    // A correction of MOVE-2 alone moves it from January to June 2023: January (known only from the
    // stored record) must lose it and June gain it.
    const moved = rows('MOVE', 2, () => ({ 'Datum ontvangst': '20-06-2023', 'Datum afgehandeld': '' }));
    const later = await run(await csvFile(moved.slice(1)));
    expect(later).toMatchObject({ status: 'succeeded', rowsUpdated: 1, rowsInserted: 0 });
    expect(later.rollupsRefreshed).toContain('case_month_outcome');
    const { rowCount } = await db.pool.query('SELECT 1 FROM case_month_outcome WHERE ctid = ANY($1::tid[])', [
      untouched.map((row) => row.ctid),
    ]);
    expect(rowCount).toBe(untouched.length);
    const sliced = await rollups();
    await db.pool.query('SELECT * FROM refresh_rollups()');
    expect(sliced).toEqual(await rollups());
  });

  it('should reject bad rows with a reason and load the rest', async () => {
    const data = rows('BAD', 9, (_, i) => {
      switch (i) {
        case 1:
          return { 'Datum ontvangst': '31-02-2024' };
        case 2:
          return { Soort: 'Klaagbrief' };
        case 3:
          return { Zaaknummer: 'BAD-1' };
        case 4:
          return { 'Datum afgehandeld': '01-01-2024' };
        case 5:
          return { Soort: '' };
        case 6:
          return { Zaaknummer: 'Z'.repeat(1024 * 1024) };
        case 7:
          return { Omschrijving: "=cmd|' /C calc'!A0" };
        case 8:
          return { Organisatie: 'Onbekende Zorg BV' };
        default:
          return {};
      }
    });
    const summary = await run(await csvFile(data));
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 9, rowsInserted: 2, rowsRejected: 7 });
    const { rows: rejected } = await db.pool.query(
      'SELECT row_number, column_name, value, reason FROM rejected_row WHERE import_id = $1 ORDER BY row_number',
      [summary.importId],
    );
    expect(rejected.map((r) => [r.row_number, r.column_name])).toEqual([
      [3, 'Datum ontvangst'],
      [4, 'Soort'],
      [5, 'Zaaknummer'],
      [6, 'Datum afgehandeld'],
      [7, 'Soort'],
      [8, 'Zaaknummer'],
      [10, 'Organisatie'],
    ]);
    expect(rejected[0].reason).toBe(
      'kolom "Datum ontvangst" (veld received_on): ongeldige datum "31-02-2024": die dag bestaat niet: februari 2024 heeft 29 dagen',
    );
    expect(rejected[1].reason).toMatch(
      /kolom "Soort" \(veld kind\): onbekende waarde "Klaagbrief": voeg de waarde toe aan vocabulaire "soorten"/,
    );
    expect(rejected[2].reason).toBe(
      'dubbel: external_id "BAD-1" staat ook in rij 2 van dit bestand; alleen die eerste rij is geïmporteerd',
    );
    expect(rejected[3].reason).toMatch(/de afsluitdatum ligt vóór de ontvangstdatum/);
    expect(rejected[4].reason).toMatch(/verplicht veld is leeg/);
    expect(rejected[5].reason).toMatch(/te lang \(1048576 tekens, maximaal 1000\)/);
    expect(rejected[5].value.length).toBeLessThan(300);
    expect(rejected[6].reason).toMatch(/onbekende organisatie "Onbekende Zorg BV"/);
    const { rows: text } = await db.pool.query(
      `SELECT text_redacted FROM case_record WHERE import_id = $1 AND external_id = 'BAD-8'`,
      [summary.importId],
    );
    expect(text[0].text_redacted).toBe("'=cmd|' /C calc'!A0");
  });

  it('should store a 1 MB free text cut off and say so', async () => {
    const summary = await run(
      await csvFile(rows('BIG', 1, () => ({ Omschrijving: `${'wachten '.repeat(131_072)}` }))),
    );
    expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 1 });
    expect(summary.warnings).toEqual([
      expect.stringMatching(/1 vrije tekst\(en\) langer dan 100\.000 tekens/),
    ]);
    const { rows: text } = await db.pool.query(
      `SELECT length(text_redacted) AS n FROM case_record WHERE external_id = 'BIG-1'`,
    );
    expect(text[0].n).toBe(100_000 + ' [ingekort]'.length);
  });

  it('should report extra columns, and fail when the profile forbids them', async () => {
    const data = rows('EXTRA', 2).map((row) => ({ ...row, Behandelaar: 'Piet', Notitie: '' }));
    const file = await csvFile(data, [...CASE_HEADERS, 'Behandelaar', 'Notitie']);
    const summary = await run(file);
    expect(summary.status).toBe('succeeded');
    expect(summary.warnings).toEqual([
      'kolommen die niet in het profiel staan zijn genegeerd: "Behandelaar", "Notitie"',
    ]);
    const strict = await writeText(
      dir,
      'strikt.yaml',
      `${CASE_PROFILE.replace('name: test-klachten', 'name: strikt')}\nunknownColumns: reject\n`,
    );
    const failed = await run(file, { profile: strict });
    expect(failed.status).toBe('failed');
    expect(failed.message).toMatch(/onbekende kolommen "Behandelaar", "Notitie"/);
  });

  async function expectFailedWithoutData(summary: ImportSummary, message: RegExp): Promise<void> {
    expect(summary.status).toBe('failed');
    expect(summary.message).toMatch(message);
    expect(await countFor(summary.importId)).toEqual({ cases: 0, rejected: 0 });
    const { rows: record } = await db.pool.query(
      'SELECT status, error, finished_at FROM import WHERE id = $1',
      [summary.importId],
    );
    expect(record[0]).toMatchObject({ status: 'failed', error: summary.message });
    expect(record[0].finished_at).not.toBeNull();
  }

  it('should fail unreadable files clearly and store nothing of them', async () => {
    await expectFailedWithoutData(await run(await writeText(dir, 'leeg.csv', '')), /leeg/);
    const garbage = Buffer.alloc(20_000);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;
    await expectFailedWithoutData(await run(await writeText(dir, 'rommel.csv', garbage)), /binaire gegevens/);
    const missing = rows('MISS', 3).map(({ 'Datum ontvangst': _, ...rest }) => rest);
    const withoutDate = await csvFile(
      missing,
      CASE_HEADERS.filter((h) => h !== 'Datum ontvangst'),
    );
    await expectFailedWithoutData(
      await run(withoutDate),
      /verplichte kolom "Datum ontvangst" \(veld received_on\) ontbreekt/,
    );
    await expectFailedWithoutData(
      await run(await writeText(dir, 'anders.csv', 'a;b;c\n1;2;3\n')),
      /verplichte kolom "Zaaknummer"/,
    );
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Klachten');
    sheet.addRow([...CASE_HEADERS]);
    for (const row of rows('XL', 400)) sheet.addRow(CASE_HEADERS.map((h) => row[h]));
    const xlsx = join(dir, 'afgebroken.xlsx');
    await book.xlsx.writeFile(xlsx);
    await truncate(xlsx, Math.floor((await readFile(xlsx)).length / 2));
    await expectFailedWithoutData(await run(xlsx), /onvolledig/);
    const cut = await writeText(
      dir,
      'afgebroken.csv',
      `${toCsv(CASE_HEADERS, rows('CUT', 50))}CUT-51;"nooit afgesloten`,
    );
    await expectFailedWithoutData(await run(cut), /afgebroken/);
    const { rows: leaked } = await db.pool.query(
      `SELECT count(*)::int AS n FROM case_record WHERE external_id LIKE 'XL-%' OR external_id LIKE 'CUT-%' OR external_id LIKE 'MISS-%'`,
    );
    expect(leaked[0].n).toBe(0);
  });

  it('should export rejected rows as a CSV that can be fixed and re-imported', async () => {
    const data = rows('FIX', 4, (_, i) =>
      i === 1
        ? { 'Datum ontvangst': '31-02-2024', BSN: '111222333', Omschrijving: '=HYPERLINK("http://x")' }
        : i === 2
          ? { Kanaal: 'Fax', Soort: 'Onbekend soort' }
          : {},
    );
    const summary = await run(await csvFile(data));
    expect(summary.rowsRejected).toBe(2);
    const out = join(dir, 'afgewezen.csv');
    const result = await exportRejectedRows(db.pool, summary.importId, out);
    expect(result.rows).toBe(2);
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(`${CASE_HEADERS.join(';')};Leerlus: reden afwijzing`);
    expect(lines[1]).toContain('31-02-2024');
    expect(lines[1]).toContain(`'=HYPERLINK(""http://x"")`);
    expect(text).not.toContain('111222333');
    expect(lines[1]).toMatch(/pseudoniem:[0-9a-f]{64}/);
    expect(lines[2]).toContain('"rij 4: kolom ""Soort"" (veld kind)');
    // The administrator fixes the date and the kind, and imports the file again.
    const fixed = text.replace('31-02-2024', '28-02-2024').replace('Onbekend soort', 'Signaal');
    const again = await run(await writeText(dir, 'verbeterd.csv', `\ufeff${fixed}`));
    expect(again).toMatchObject({ status: 'succeeded', rowsInserted: 2, rowsRejected: 0, warnings: [] });
    const { rows: cases } = await db.pool.query(
      `SELECT external_id, subject_key, kind FROM case_record WHERE external_id IN ('FIX-2', 'FIX-3') ORDER BY 1`,
    );
    const { rows: direct } = await db.pool.query(
      `SELECT subject_key FROM case_record WHERE subject_key IS NOT NULL LIMIT 1`,
    );
    expect(cases[1].kind).toBe('signaal');
    // The pseudonym in the exported row survives the round trip (same citizen, same key).
    expect(cases[0].subject_key).toBe(new Pseudonymiser(Buffer.from(TEST_KEY)).pseudonymise('111222333'));
    expect(direct).toHaveLength(1);
  });

  it('should resolve the municipality or explain why it cannot', async () => {
    const file = await csvFile(rows('MUN', 1));
    await expect(importFile(db.pool, { file, profile, municipalityCode: 'GM9999' })).rejects.toThrow(
      /GM9999 bestaat niet/,
    );
    await db.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0002', 'Anderdorp')`);
    try {
      await expect(importFile(db.pool, { file, profile })).rejects.toThrow(
        /meerdere gemeenten; kies er een met --municipality/,
      );
      expect((await importFile(db.pool, { file, profile, municipalityCode: 'gm0001' })).status).toBe(
        'succeeded',
      );
    } finally {
      await db.pool.query(`DELETE FROM municipality WHERE code = 'GM0002'`);
    }
  });

  it('should create unknown organisations only when the profile says so, and count them', async () => {
    const creating = await writeText(
      dir,
      'maakt-aan.yaml',
      `${CASE_PROFILE.replace('name: test-klachten', 'name: maakt-aan')}\ncreateOrganisations: aanbieder\n`,
    );
    const data = rows('ORG', 3, (_, i) => ({
      Organisatie: i === 0 ? 'Nieuwe Thuiszorg B.V.' : i === 1 ? 'nieuwe thuiszorg b.v.' : 'ZORG-DE-LINDE',
    }));
    const summary = await run(await csvFile(data), { profile: creating });
    expect(summary).toMatchObject({
      status: 'succeeded',
      rowsInserted: 3,
      organisationsCreated: [{ code: 'nieuwe-thuiszorg-b-v', name: 'Nieuwe Thuiszorg B.V.' }],
    });
    const { rows: orgs } = await db.pool.query(
      `SELECT o.code, o.kind, count(*)::int AS n FROM case_record c JOIN organisation o ON o.id = c.subject_organisation_id
       WHERE c.import_id = $1 GROUP BY 1, 2 ORDER BY 1`,
      [summary.importId],
    );
    expect(orgs).toEqual([
      { code: 'nieuwe-thuiszorg-b-v', kind: 'aanbieder', n: 2 },
      { code: 'zorg-de-linde', kind: 'aanbieder', n: 1 },
    ]);
  });

  it('should let a second import wait for the first, and give up clearly after the timeout', async () => {
    const [a, b] = await Promise.all([
      run(await csvFile(rows('LOCKA', 200))),
      run(await csvFile(rows('LOCKB', 200))),
    ]);
    expect([a.status, b.status]).toEqual(['succeeded', 'succeeded']);
    const holder = await db.pool.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [IMPORT_LOCK_KEY]);
      const { log, lines } = captureLog();
      await expect(
        importFile(db.pool, { file: await csvFile(rows('LOCKC', 1)), profile, lockTimeoutMs: 300, log }),
      ).rejects.toBeInstanceOf(ImportBusyError);
      expect(lines[0]).toMatch(/wachten tot die klaar is/);
    } finally {
      await holder.query('SELECT pg_advisory_unlock($1)', [IMPORT_LOCK_KEY]);
      holder.release();
    }
  });

  it('should mark an import left running by a dead process as failed ("afgebroken")', async () => {
    const { rows: stale } = await db.pool.query(
      `INSERT INTO import (municipality_code, file_name, sha256, profile, status)
       VALUES ('GM0001', 'oud.csv', repeat('a', 64), 'test-klachten', 'running') RETURNING id`,
    );
    const summary = await run(await csvFile(rows('AFTER', 1)));
    expect(summary.status).toBe('succeeded');
    const { rows: record } = await db.pool.query('SELECT status, error FROM import WHERE id = $1', [
      stale[0].id,
    ]);
    expect(record[0]).toEqual({ status: 'failed', error: ABORTED_MESSAGE });
  });

  it('should keep a manually assigned theme when the record is re-imported', async () => {
    const first = await run(await csvFile(rows('MAN', 1, () => ({ Onderwerp: 'Wachttijd' }))));
    const { rows: found } = await db.pool.query(
      `SELECT c.id, (SELECT id FROM theme WHERE code = 'privacy') AS privacy FROM case_record c WHERE external_id = 'MAN-1'`,
    );
    const { id, privacy } = found[0];
    await db.pool.query(`UPDATE case_theme SET is_primary = false WHERE case_id = $1`, [id]);
    await db.pool.query(
      `INSERT INTO case_theme (municipality_code, case_id, theme_id, is_primary, assigned_by) VALUES ('GM0001', $1, $2, true, 'handmatig')`,
      [id, privacy],
    );
    await db.pool.query('UPDATE case_record SET theme_id = $2 WHERE id = $1', [id, privacy]);
    const second = await run(
      await csvFile(rows('MAN', 1, () => ({ Onderwerp: 'Bejegening', Uitkomst: 'Ongegrond' }))),
    );
    expect(second).toMatchObject({ rowsUpdated: 1 });
    expect(first.rowsInserted).toBe(1);
    const { rows: after } = await db.pool.query(
      `SELECT c.theme_id, array_agg(ct.assigned_by || ':' || ct.is_primary ORDER BY ct.assigned_by) AS themes
       FROM case_record c JOIN case_theme ct ON ct.case_id = c.id WHERE c.id = $1 GROUP BY c.theme_id`,
      [id],
    );
    expect(after[0]).toEqual({ theme_id: privacy, themes: ['bron:false', 'handmatig:true'] });
  });

  it('should give no Dutch theme to an English text, unless the profile accepts English', async () => {
    // English, with Dutch words the keyword rules know (before: themed wachttijd).
    const english = 'I have been on the wachtlijst for months and I am still waiting for my rolstoel.';
    const file = await csvFile(rows('ENG', 1, () => ({ Onderwerp: '', Omschrijving: english })));
    await run(file);
    const themesOf = async (): Promise<unknown[]> =>
      (
        await db.pool.query(
          `SELECT c.theme_id, count(ct.case_id)::integer AS suggestions
           FROM case_record c LEFT JOIN case_theme ct ON ct.case_id = c.id
           WHERE c.external_id = 'ENG-1' GROUP BY c.theme_id`,
        )
      ).rows;
    expect(await themesOf()).toEqual([{ theme_id: null, suggestions: 0 }]);

    const accepting = await writeText(
      dir,
      'test-klachten-en.yaml',
      `${CASE_PROFILE}themeLanguages: [nl, en]\n`,
    );
    await run(
      await csvFile(
        rows('ENG', 1, () => ({ Onderwerp: '', Omschrijving: `${english} `, Uitkomst: 'Ongegrond' })),
      ),
      {
        profile: accepting,
      },
    );
    expect((await themesOf())[0]).toMatchObject({ suggestions: 1 });
  });
});
