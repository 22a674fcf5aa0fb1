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

  it('should list inhabitants per year and add and end a contract, audited', async () => {
    await beheer.graphql(`mutation ($input: SaveMunicipalityInput!) { saveMunicipality(input: $input) }`, {
      input: { code: 'GM0999', name: 'Nieuwdorp', inhabitants: 41900, year: 2025 },
    });
    const municipalities = await beheer.graphql<{ referenceMunicipalities: unknown[] }>(
      '{ referenceMunicipalities { code inhabitants { year inhabitants } } }',
    );
    expect(municipalities.data?.referenceMunicipalities).toEqual([
      {
        code: 'GM0999',
        inhabitants: [
          { year: 2025, inhabitants: 41900 },
          { year: 2024, inhabitants: 41250 },
        ],
      },
    ]);
    const input = {
      municipalityCode: 'gm0999',
      organisation: 'zorg-noord',
      domain: 'wmo',
      reference: 'WMO-2024-07',
      startsOn: '2024-01-01',
    };
    const added = await beheer.graphql<{ addContract: number }>(
      'mutation ($input: AddContractInput!) { addContract(input: $input) }',
      { input },
    );
    const id = added.data!.addContract;
    const early = await beheer.graphql(
      'mutation ($id: Int!) { endContract(id: $id, endsOn: "2023-12-31") }',
      {
        id,
      },
    );
    expect(early.errors?.[0]?.message).toMatch(/voor de begindatum/);
    const ended = await beheer.graphql(
      'mutation ($id: Int!) { endContract(id: $id, endsOn: "2025-06-30") }',
      {
        id,
      },
    );
    expect(ended.errors).toBeUndefined();
    const unknown = await beheer.graphql(
      'mutation ($input: AddContractInput!) { addContract(input: $input) }',
      {
        input: { ...input, organisation: 'bestaat-niet' },
      },
    );
    expect(unknown.errors?.[0]?.message).toMatch(/Organisatie bestaat-niet bestaat niet/);
    const contracts = await beheer.graphql<{ referenceContracts: unknown[] }>(
      '{ referenceContracts { municipalityCode organisationName domainLabel reference startsOn endsOn } }',
    );
    expect(contracts.data?.referenceContracts).toEqual([
      {
        municipalityCode: 'GM0999',
        organisationName: 'Zorg Noord',
        domainLabel: expect.any(String),
        reference: 'WMO-2024-07',
        startsOn: '2024-01-01',
        endsOn: '2025-06-30',
      },
    ]);
    const audit = await sut.database.pool.query(
      `SELECT action FROM audit_log WHERE action LIKE 'contract.%' ORDER BY id`,
    );
    expect(audit.rows).toEqual([{ action: 'contract.add' }, { action: 'contract.end' }]);
  });
});
