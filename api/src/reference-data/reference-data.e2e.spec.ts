import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';

describe('reference data without SQL (GraphQL, beheer)', () => {
  let sut: TestApp;
  let beheer: TestSession;

  beforeAll(async () => {
    sut = await createTestApp();
    beheer = await sut.login('beheer');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should add a municipality with inhabitants and an organisation with aliases, audited', async () => {
    const saved = await beheer.graphql<{ saveMunicipality: boolean }>(
      `mutation ($input: SaveMunicipalityInput!) { saveMunicipality(input: $input) }`,
      { input: { code: 'GM0999', name: 'Nieuwdorp', region: 'Regio Oost', inhabitants: 41250, year: 2024 } },
    );
    expect(saved).toEqual({ data: { saveMunicipality: true } });
    const org = await beheer.graphql(
      `mutation ($input: SaveOrganisationInput!) { saveOrganisation(input: $input) }`,
      {
        input: {
          code: 'zorg-noord',
          name: 'Zorg Noord',
          kind: 'aanbieder',
          municipalityCode: 'GM0999',
          aliases: ['ZN'],
        },
      },
    );
    expect(org.errors).toBeUndefined();
    const listed = await beheer.graphql<{ referenceOrganisations: { code: string; aliases: string[] }[] }>(
      '{ referenceOrganisations { code kind aliases municipalityCode } }',
    );
    expect(listed.data?.referenceOrganisations).toEqual(
      expect.arrayContaining([
        { code: 'gemeente-nieuwdorp', kind: 'gemeente', aliases: [], municipalityCode: 'GM0999' },
        { code: 'zorg-noord', kind: 'aanbieder', aliases: ['ZN'], municipalityCode: 'GM0999' },
      ]),
    );
    const { rows } = await sut.database.pool.query(
      `SELECT m.name, p.population FROM municipality m JOIN municipality_population p ON p.municipality_code = m.code`,
    );
    expect(rows).toEqual([{ name: 'Nieuwdorp', population: 41250 }]);
    const audit = await sut.database.pool.query(
      `SELECT action, username FROM audit_log WHERE action LIKE 'municipality.%' OR action LIKE 'organisation.%' ORDER BY id`,
    );
    expect(audit.rows).toEqual([
      { action: 'municipality.save', username: 'test-beheer' },
      { action: 'municipality.population', username: 'test-beheer' },
      { action: 'organisation.save', username: 'test-beheer' },
    ]);
  });

  it('should explain a bad municipality code and refuse other roles', async () => {
    const bad = await beheer.graphql(
      `mutation ($input: SaveMunicipalityInput!) { saveMunicipality(input: $input) }`,
      { input: { code: 'G344', name: 'X' } },
    );
    expect(bad.errors?.[0]?.message).toMatch(/geen CBS-gemeentecode/);
    const raad = await sut.login('raad');
    const refused = await raad.graphql(
      `mutation ($input: SaveMunicipalityInput!) { saveMunicipality(input: $input) }`,
      { input: { code: 'GM0998', name: 'Elders' } },
    );
    expect(refused.errors).toBeDefined();
    expect((await sut.database.pool.query(`SELECT 1 FROM municipality WHERE code = 'GM0998'`)).rowCount).toBe(
      0,
    );
  });
});
