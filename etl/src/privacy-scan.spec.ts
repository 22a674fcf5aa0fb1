import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile } from './import-file';
import { exportRejectedRows } from './load/rejected-export';
import {
  CASE_HEADERS,
  CASE_PROFILE,
  caseRow,
  type CaseRow,
  seedReference,
  TEST_KEY,
  toCsv,
  writeText,
} from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

/** Personal data planted in the export, in the forms people write them. */
const BSN = '123456782';
const BSN_2 = '111222333';
const EMAIL = 'jan.jansen@example.nl';
const PHONE = '06-12345678';
const PHONE_2 = '+31 20 123 4567';
const IBAN = 'NL91ABNA0417164300';
const ADDRESS = '1234 AB 12';
const ALL = `BSN ${BSN}, mail ${EMAIL}, bel ${PHONE} of ${PHONE_2}, IBAN ${IBAN}, adres ${ADDRESS}, ook ${BSN_2}`;

/** Strings that must not appear anywhere: the planted values and their tell-tale parts. */
const NEEDLES = [
  BSN,
  '123.456.782',
  BSN_2,
  EMAIL,
  'jansen@example',
  PHONE,
  '0612345678',
  '12345678',
  PHONE_2,
  '201234567',
  '123 4567',
  IBAN,
  '0417164300',
  'NL91 ABNA',
  ADDRESS,
  '1234 AB',
  '1234AB',
];

describe('privacy: no planted personal data survives an import', () => {
  let db: TestDatabase;
  let dir: string;
  const logged: string[] = [];

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    await seedReference(db.pool);
    dir = await tempDir();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('should pseudonymise, redact or reject every planted value in every column, the logs and the export', async () => {
    const profile = await writeText(
      dir,
      'pii.yaml',
      `${CASE_PROFILE.replace('name: test-klachten', 'name: pii')}\ncreateOrganisations: aanbieder\n`,
    );
    const plant: Partial<CaseRow>[] = [
      { BSN, Omschrijving: ALL },
      { BSN: BSN_2, Omschrijving: `Mevrouw belde: ${ALL}` },
      { Zaaknummer: BSN },
      { Zaaknummer: `KL-${BSN}` },
      { Zaaknummer: EMAIL },
      { Zaaknummer: PHONE },
      { Zaaknummer: IBAN },
      { Zaaknummer: ADDRESS },
      { Soort: EMAIL },
      { Domein: PHONE },
      { Onderwerp: IBAN },
      { Kanaal: ADDRESS },
      { Organisatie: BSN },
      { Organisatie: EMAIL },
      { Organisatie: `Zorg ${PHONE_2}` },
      { 'Datum ontvangst': PHONE },
      { 'Datum afgehandeld': BSN },
      { Uitkomst: ADDRESS },
      { Teruggekoppeld: EMAIL },
      { Wijk: ADDRESS },
      { Wijk: BSN_2 },
      { 'Datum ontvangst': '31-02-2024', Omschrijving: ALL, BSN },
    ];
    const rows = plant.map((change, i) => ({
      ...caseRow(i + 1),
      Zaaknummer: `PII-${i + 1}`,
      ...change,
      Notitie: ALL,
    }));
    // A duplicate id whose second row carries personal data too (rejected through the second read).
    rows.push({ ...caseRow(99), Zaaknummer: 'PII-1', BSN: BSN_2, Omschrijving: ALL, Notitie: ALL });
    const file = await writeText(
      dir,
      `klachten-${BSN}-${EMAIL}.csv`,
      toCsv([...CASE_HEADERS, 'Notitie'], rows),
    );
    const spies = (['log', 'error', 'warn', 'info'] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      }),
    );
    const summary = await importFile(db.pool, {
      file,
      profile,
      log: (message) => logged.push(message),
      onProgress: (progress) => logged.push(JSON.stringify(progress)),
    });
    spies.forEach((spy) => spy.mockRestore());
    logged.push(JSON.stringify(summary));
    expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 3, organisationsCreated: [] });
    expect(summary.rowsRejected).toBe(rows.length - 3);

    const out = join(dir, 'afgewezen.csv');
    await exportRejectedRows(db.pool, summary.importId, out);
    const exported = await readFile(out, 'utf8');

    // Every column of every table (and materialized view) in the database, as text.
    const { rows: columns } = await db.pool.query<{ relation: string; column: string }>(
      `SELECT c.table_name AS relation, c.column_name AS column FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       UNION ALL
       SELECT cl.relname, a.attname FROM pg_attribute a JOIN pg_class cl ON cl.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace
       WHERE n.nspname = 'public' AND cl.relkind = 'm' AND a.attnum > 0 AND NOT a.attisdropped`,
    );
    expect(columns.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const { relation, column } of columns) {
      const { rows: hits } = await db.pool.query<{ needle: string }>(
        `SELECT needle FROM unnest($1::text[]) AS needle
         WHERE EXISTS (SELECT 1 FROM "${relation}" WHERE strpos(lower("${column}"::text), lower(needle)) > 0)`,
        [NEEDLES],
      );
      for (const hit of hits) found.push(`${relation}.${column}: ${hit.needle}`);
    }
    expect(found).toEqual([]);
    const leakedInLogs = NEEDLES.filter((needle) =>
      logged.some((line) => line.toLowerCase().includes(needle.toLowerCase())),
    );
    expect(leakedInLogs).toEqual([]);
    expect(NEEDLES.filter((needle) => exported.includes(needle))).toEqual([]);

    // And the data is still useful: the citizen is linkable, the text readable, the reasons explain.
    const { rows: cases } = await db.pool.query(
      `SELECT external_id, subject_key, text_redacted FROM case_record WHERE import_id = $1 ORDER BY external_id`,
      [summary.importId],
    );
    expect(cases[0].subject_key).toMatch(/^[0-9a-f]{64}$/);
    expect(cases[0].text_redacted).toBe(
      'BSN [BSN], mail [E-MAIL], bel [TELEFOON] of [TELEFOON], IBAN [IBAN], adres [ADRES], ook [BSN]',
    );
    const { rows: reasons } = await db.pool.query(
      'SELECT row_number, column_name, reason FROM rejected_row WHERE import_id = $1 ORDER BY row_number',
      [summary.importId],
    );
    expect(reasons.find((r) => r.row_number === 4)).toMatchObject({
      column_name: 'Zaaknummer',
      reason:
        'kolom "Zaaknummer" (veld external_id) bevat een BSN; dat hoort daar niet en wordt niet opgeslagen. Verwijder het en importeer de rij opnieuw',
    });
  });
});
