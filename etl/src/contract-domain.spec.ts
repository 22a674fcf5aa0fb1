import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile } from './import-file';
import { seedReference, TEST_KEY, toCsv, writeText } from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

/** A provider's complaint list: the provider is the source, the export names no domain. */
const PROVIDER_CASES = `
name: test-aanbieder-klachten
label: Klachtenlijst aanbieder
target: case_record
fields:
  external_id: { column: Nummer }
  source_organisation: { column: Aanbieder }
  kind: { default: klacht }
  line: { default: eerste_lijn_aanbieder }
  received_on: { column: Ontvangen }
`;

/** The same list with a domain column that is sometimes left empty. */
const PROVIDER_CASES_WITH_DOMAIN = `${PROVIDER_CASES.replace('name: test-aanbieder-klachten', 'name: test-aanbieder-domein')}
  domain: { column: Domein, vocabulary: domeinen }
vocabularies:
  domeinen: { Wmo: wmo, Jeugd: jeugd, Participatie: werk_inkomen }
`;

const PROVIDER_REPORT = `
name: test-aanbieder-halfjaar
label: Halfjaarrapportage zonder domein
target: provider_report
fields:
  provider: { column: Aanbieder }
  period_start: { column: Van }
  period_end: { column: Tot }
  cause: { column: Oorzaak }
  complaint_count: { column: Aantal }
`;

describe('the domain from the provider contract', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    await seedReference(db.pool, [{ code: 'thuiszorg-twee', name: 'Thuiszorg Twee' }]);
    dir = await tempDir();
    // De Linde: jeugd until the end of 2023, wmo from 2024. Thuiszorg Twee: wmo and jeugd from 2024.
    await db.pool.query(
      `INSERT INTO contract (municipality_code, organisation_id, domain_code, starts_on, ends_on)
       SELECT 'GM0001', o.id, c.domain_code, c.starts_on::date, c.ends_on::date
       FROM (VALUES ('zorg-de-linde', 'jeugd', '2022-01-01', '2023-12-31'),
                    ('zorg-de-linde', 'wmo', '2024-01-01', NULL),
                    ('thuiszorg-twee', 'wmo', '2024-01-01', NULL),
                    ('thuiszorg-twee', 'jeugd', '2024-01-01', '2025-12-31')) AS c(org, domain_code, starts_on, ends_on)
       JOIN organisation o ON o.code = c.org`,
    );
  });

  afterAll(async () => {
    await db.drop();
  });

  async function domains(prefix: string): Promise<Record<string, string>> {
    const { rows } = await db.pool.query<{ external_id: string; domain_code: string }>(
      'SELECT external_id, domain_code FROM case_record WHERE external_id LIKE $1 ORDER BY 1',
      [`${prefix}%`],
    );
    return Object.fromEntries(rows.map((row) => [row.external_id, row.domain_code]));
  }

  async function rejected(
    importId: string,
  ): Promise<
    { row_number: number; column_name: string | null; reason: string; raw: Record<string, string> }[]
  > {
    const { rows } = await db.pool.query(
      'SELECT row_number, column_name, reason, raw FROM rejected_row WHERE import_id = $1 ORDER BY row_number',
      [importId],
    );
    return rows;
  }

  it('should load a provider export without a domain column with the domain of the contract valid on the date', async () => {
    const profile = await writeText(dir, 'aanbieder.yaml', PROVIDER_CASES);
    const headers = ['Nummer', 'Aanbieder', 'Ontvangen'];
    const file = await writeText(
      dir,
      'aanbieder.csv',
      toCsv(headers, [
        { Nummer: 'CD-1', Aanbieder: 'Zorggroep De Linde', Ontvangen: '03-04-2024' },
        // The jeugd contract ended on 31-12-2023: only wmo counts in 2024, only jeugd in 2023.
        { Nummer: 'CD-2', Aanbieder: 'Zorggroep De Linde', Ontvangen: '31-12-2023' },
        { Nummer: 'CD-3', Aanbieder: 'Thuiszorg Twee', Ontvangen: '03-04-2024' },
        { Nummer: 'CD-4', Aanbieder: 'Gemeente Testdorp', Ontvangen: '03-04-2024' },
        { Nummer: 'CD-5', Aanbieder: 'Zorggroep De Linde', Ontvangen: '03-04-2021' },
      ]),
    );
    const summary = await importFile(db.pool, { file, profile });
    expect(summary).toMatchObject({ status: 'succeeded', rowsRead: 5, rowsInserted: 2, rowsRejected: 3 });
    expect(summary.warnings).toEqual([
      expect.stringMatching(/^veld domain staat niet in het profiel: .*contract/),
    ]);
    expect(await domains('CD-')).toEqual({ 'CD-1': 'wmo', 'CD-2': 'jeugd' });
    const rows = await rejected(summary.importId);
    expect(rows.map((row) => [row.row_number, row.reason])).toEqual([
      [
        4,
        'domein is leeg en aanbieder "Thuiszorg Twee" heeft op 03-04-2024 contracten in meer dan één domein (jeugd, wmo): vul het domein in',
      ],
      [
        5,
        'domein is leeg en de bron "Gemeente Testdorp" is geen aanbieder (alleen bij een aanbieder komt het domein uit het contract): vul het domein in',
      ],
      [
        6,
        'domein is leeg en aanbieder "Zorggroep De Linde" heeft op 03-04-2021 geen contract met de gemeente: vul het domein in of voeg het contract toe',
      ],
    ]);
    // The source row is kept as it was, so the rejected-rows file can be fixed and imported again.
    expect(rows[0]?.raw).toEqual({ Nummer: 'CD-3', Aanbieder: 'Thuiszorg Twee', Ontvangen: '03-04-2024' });
  });

  it('should prefer the domain in the row over the contract and use the contract only where the cell is empty', async () => {
    const profile = await writeText(dir, 'aanbieder-domein.yaml', PROVIDER_CASES_WITH_DOMAIN);
    const headers = ['Nummer', 'Aanbieder', 'Ontvangen', 'Domein'];
    const file = await writeText(
      dir,
      'aanbieder-domein.csv',
      toCsv(headers, [
        { Nummer: 'RD-1', Aanbieder: 'Zorggroep De Linde', Ontvangen: '03-04-2024', Domein: 'Participatie' },
        { Nummer: 'RD-2', Aanbieder: 'Zorggroep De Linde', Ontvangen: '03-04-2024', Domein: '' },
        { Nummer: 'RD-3', Aanbieder: 'Thuiszorg Twee', Ontvangen: '03-04-2024', Domein: 'Jeugd' },
        { Nummer: 'RD-4', Aanbieder: 'Thuiszorg Twee', Ontvangen: '03-04-2024', Domein: '' },
      ]),
    );
    const summary = await importFile(db.pool, { file, profile });
    expect(summary).toMatchObject({ rowsInserted: 3, rowsRejected: 1 });
    expect(await domains('RD-')).toEqual({ 'RD-1': 'werk_inkomen', 'RD-2': 'wmo', 'RD-3': 'jeugd' });
    const rows = await rejected(summary.importId);
    expect(rows).toMatchObject([
      {
        row_number: 5,
        column_name: 'Domein',
        reason: expect.stringMatching(/"Thuiszorg Twee" heeft op 03-04-2024/),
      },
    ]);
  });

  it('should load an export without the domain column the profile maps, with the contract domain and a warning', async () => {
    const profile = await writeText(dir, 'aanbieder-domein-2.yaml', PROVIDER_CASES_WITH_DOMAIN);
    const file = await writeText(
      dir,
      'zonder-kolom.csv',
      toCsv(
        ['Nummer', 'Aanbieder', 'Ontvangen'],
        [{ Nummer: 'WK-1', Aanbieder: 'Zorggroep De Linde', Ontvangen: '03-04-2024' }],
      ),
    );
    const summary = await importFile(db.pool, { file, profile });
    expect(summary).toMatchObject({ rowsInserted: 1, rowsRejected: 0 });
    expect(summary.warnings).toEqual([expect.stringMatching(/kolom "Domein" \(veld domain\) ontbreekt/)]);
    expect(await domains('WK-')).toEqual({ 'WK-1': 'wmo' });
  });

  it('should take a half-year report domain from the contract valid in that half year', async () => {
    const profile = await writeText(dir, 'halfjaar.yaml', PROVIDER_REPORT);
    const headers = ['Aanbieder', 'Van', 'Tot', 'Oorzaak', 'Aantal'];
    const file = await writeText(
      dir,
      'halfjaar.csv',
      toCsv(headers, [
        {
          Aanbieder: 'Zorggroep De Linde',
          Van: '01-01-2024',
          Tot: '30-06-2024',
          Oorzaak: 'Wachttijd',
          Aantal: '4',
        },
        {
          Aanbieder: 'Thuiszorg Twee',
          Van: '01-01-2024',
          Tot: '30-06-2024',
          Oorzaak: 'Wachttijd',
          Aantal: '2',
        },
      ]),
    );
    const summary = await importFile(db.pool, { file, profile });
    expect(summary).toMatchObject({ rowsInserted: 1, rowsRejected: 1 });
    const { rows: lines } = await db.pool.query(
      `SELECT o.code, l.domain_code FROM provider_report_line l
       JOIN provider_report r ON r.id = l.report_id JOIN organisation o ON o.id = r.provider_organisation_id`,
    );
    expect(lines).toEqual([{ code: 'zorg-de-linde', domain_code: 'wmo' }]);
    expect((await rejected(summary.importId)).map((row) => row.reason)).toEqual([
      'domein is leeg en aanbieder "Thuiszorg Twee" heeft van 01-01-2024 t/m 30-06-2024 contracten in meer dan één domein (jeugd, wmo): vul het domein in',
    ]);
  });
});
