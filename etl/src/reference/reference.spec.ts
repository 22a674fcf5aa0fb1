import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { importFile } from '../import-file';
import { previewFile } from '../preview/preview-file';
import { loadProfile, parseProfile } from '../profiles/profile.loader';
import { TEST_KEY, toCsv, writeText } from '../testing/fixtures';
import {
  listMunicipalities,
  listOrganisations,
  mergeOrganisations,
  saveMunicipality,
  saveOrganisation,
  setPopulation,
} from './reference.repository';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

const ACTOR = { username: 'cli:test' };
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'other-tools');

describe('reference data without SQL', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
    dir = await tempDir();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('should add a municipality with its own organisation and inhabitants, audited', async () => {
    await saveMunicipality(db.pool, { code: 'gm0999', name: 'Nieuwdorp', region: 'Regio Oost' }, ACTOR);
    await setPopulation(db.pool, 'GM0999', 2024, 41250, ACTOR);
    expect(await listMunicipalities(db.pool)).toEqual([
      { code: 'GM0999', name: 'Nieuwdorp', region: 'Regio Oost', population: 41250, year: 2024 },
    ]);
    expect((await listOrganisations(db.pool, 'GM0999')).map((o) => [o.code, o.kind])).toEqual([
      ['gemeente-nieuwdorp', 'gemeente'],
    ]);
    await expect(saveMunicipality(db.pool, { code: 'G344', name: 'X' }, ACTOR)).rejects.toThrow(
      /CBS-gemeentecode/,
    );
    const { rows } = await db.pool.query('SELECT action, entity_id, username FROM audit_log ORDER BY id');
    expect(rows).toEqual([
      { action: 'municipality.save', entity_id: 'GM0999', username: 'cli:test' },
      { action: 'municipality.population', entity_id: 'GM0999', username: 'cli:test' },
    ]);
  });

  it('should resolve an organisation by an alias in an import and merge two organisations that are the same', async () => {
    await saveOrganisation(
      db.pool,
      {
        code: 'zorg-noord',
        name: 'Zorg Noord',
        kind: 'aanbieder',
        municipalityCode: 'GM0999',
        aliases: ['ZN B.V.'],
      },
      ACTOR,
    );
    await saveOrganisation(db.pool, { code: 'zorgnoord-bv', name: 'Zorgnoord BV', kind: 'aanbieder' }, ACTOR);
    const profile = await writeText(
      dir,
      'nieuwdorp.yaml',
      `name: nieuwdorp
label: Nieuwdorp
target: case_record
fields:
  external_id: { column: Nr }
  source_organisation: { default: gemeente-nieuwdorp }
  subject_organisation: { column: Aanbieder }
  kind: { default: klacht }
  domain: { default: wmo }
  line: { default: eerste_lijn_gemeente }
  received_on: { column: Ontvangen }
`,
    );
    const file = await writeText(
      dir,
      'nieuwdorp.csv',
      toCsv(
        ['Nr', 'Aanbieder', 'Ontvangen'],
        [
          { Nr: 'N-1', Aanbieder: 'ZN B.V.', Ontvangen: '01-02-2024' },
          { Nr: 'N-2', Aanbieder: 'Zorgnoord BV', Ontvangen: '02-02-2024' },
        ],
      ),
    );
    const summary = await importFile(db.pool, { file, profile, municipalityCode: 'GM0999' });
    expect(summary).toMatchObject({ status: 'succeeded', rowsInserted: 2, rowsRejected: 0 });

    const result = await mergeOrganisations(db.pool, 'zorgnoord-bv', 'zorg-noord', ACTOR);
    expect(result.moved).toMatchObject({ 'case_record.subject_organisation_id': 1 });
    const { rows } = await db.pool.query(
      `SELECT c.external_id, o.code FROM case_record c JOIN organisation o ON o.id = c.subject_organisation_id ORDER BY 1`,
    );
    expect(rows).toEqual([
      { external_id: 'N-1', code: 'zorg-noord' },
      { external_id: 'N-2', code: 'zorg-noord' },
    ]);
    const merged = (await listOrganisations(db.pool)).find((o) => o.code === 'zorg-noord');
    expect(merged?.aliases.sort()).toEqual(['ZN B.V.', 'Zorgnoord BV', 'zorgnoord-bv']);
    expect((await listOrganisations(db.pool)).some((o) => o.code === 'zorgnoord-bv')).toBe(false);
  });

  it('should preview a file with a profile without storing anything', async () => {
    const before = await db.pool.query('SELECT count(*)::int AS n FROM case_record');
    const preview = await previewFile(db.pool, {
      file: join(FIXTURES, 'nyc-311-openpyxl.xlsx'),
      profile: await loadProfile(join(FIXTURES, 'profiles', 'nyc-311.yaml')),
    });
    expect(preview).toMatchObject({ format: 'xlsx', headerLine: 5 });
    // The departments of the lookup do not exist here: every row would be rejected, and says why.
    expect(preview.rejected).toHaveLength(4);
    expect(preview.rejected[0]).toMatchObject({
      line: 6,
      reason: expect.stringMatching(/onbekende organisatie/),
    });
    expect(preview.redactions[0]).toEqual({ line: 6, column: 'Descriptor', found: ['[TELEFOON]'] });
    expect((await db.pool.query('SELECT count(*)::int AS n FROM case_record')).rows).toEqual(before.rows);
  });

  it('should show the rows as they would be stored and suggest a draft profile that loads', async () => {
    const csv = await writeText(
      dir,
      'voorbeeld.csv',
      `Klachtenoverzicht Nieuwdorp\r\n\r\n${toCsv(
        ['Zaaknummer', 'Datum ontvangst', 'Soort', 'Omschrijving'],
        [
          {
            Zaaknummer: 'Z-1',
            'Datum ontvangst': '03-04-2024',
            Soort: 'Klacht',
            Omschrijving: 'Bel 06-12345678',
          },
        ],
      )}`,
    );
    const draft = await previewFile(db.pool, { file: csv });
    expect(draft.headerLine).toBe(3);
    expect(draft.columns.map((c) => [c.column, c.field])).toEqual([
      ['Zaaknummer', 'external_id'],
      ['Datum ontvangst', 'received_on'],
      ['Soort', 'kind'],
      ['Omschrijving', 'text'],
    ]);
    const profile = parseProfile(draft.draft ?? '', 'concept.yaml');
    const preview = await previewFile(db.pool, { file: csv, profile });
    expect(preview.rejected).toEqual([]);
    expect(preview.rows).toEqual([
      {
        line: 4,
        values: expect.objectContaining({
          external_id: 'Z-1',
          received_on: '2024-04-03',
          kind: 'klacht',
          text: 'Bel [TELEFOON]',
          source_organisation: 'gemeente-nieuwdorp',
        }),
      },
    ]);
  });
});
