import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import {
  CONTRACTED_PROVIDERS,
  DEMO_NEIGHBOURHOODS,
  DEMO_ORGANISATIONS,
  DEMO_POPULATION,
} from './data/organisations';
import { seedDemoReference } from './reference';

describe(seedDemoReference.name, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  const count = async (sql: string): Promise<number> => {
    const { rows } = await db.pool.query<{ n: string }>(sql);
    return Number(rows[0]?.n ?? 0);
  };

  it('should insert the demo municipality with population, organisations and contracts', async () => {
    const { municipalityCode } = await seedDemoReference(db.pool);
    expect(municipalityCode).toBe('GM9901');
    const { rows: municipality } = await db.pool.query('SELECT code, name, region FROM municipality');
    expect(municipality).toEqual([{ code: 'GM9901', name: 'Lusdonk', region: 'Regio Lusland' }]);
    const { rows: population } = await db.pool.query<{ year: number; population: number }>(
      'SELECT year, population FROM municipality_population ORDER BY year',
    );
    expect(population.map((row) => row.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    for (const row of population) expect(row.population).toBeGreaterThan(80_000);
    const { rows: organisations } = await db.pool.query<{ code: string; kind: string }>(
      'SELECT code, kind FROM organisation ORDER BY code',
    );
    expect(organisations).toEqual(
      [...DEMO_ORGANISATIONS]
        .map((o) => ({ code: o.code, kind: o.kind }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    );
    const kinds = new Set(organisations.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['aanbieder', 'gemeente', 'ombudsman', 'samenwerkingsverband']);
    expect(
      organisations.filter((o) => o.kind === 'aanbieder' || o.kind === 'samenwerkingsverband').length,
    ).toBeGreaterThanOrEqual(8);
    for (const organisation of organisations) expect(organisation.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const contracts = CONTRACTED_PROVIDERS.reduce((sum, provider) => sum + provider.domains.length, 0);
    expect(await count('SELECT count(*) AS n FROM contract')).toBe(contracts);
    const { rows: domains } = await db.pool.query<{ domain_code: string }>(
      'SELECT DISTINCT domain_code FROM contract ORDER BY domain_code',
    );
    expect(domains.map((row) => row.domain_code)).toEqual([
      'inburgering',
      'jeugd',
      'schuldhulp',
      'werk_inkomen',
      'wmo',
    ]);
  });

  it('should be idempotent', async () => {
    const before = {
      municipalities: await count('SELECT count(*) AS n FROM municipality'),
      population: await count('SELECT count(*) AS n FROM municipality_population'),
      organisations: await count('SELECT count(*) AS n FROM organisation'),
      contracts: await count('SELECT count(*) AS n FROM contract'),
      boundaries: await count('SELECT count(*) AS n FROM neighbourhood_boundary'),
    };
    await seedDemoReference(db.pool);
    await seedDemoReference(db.pool);
    expect({
      municipalities: await count('SELECT count(*) AS n FROM municipality'),
      population: await count('SELECT count(*) AS n FROM municipality_population'),
      organisations: await count('SELECT count(*) AS n FROM organisation'),
      contracts: await count('SELECT count(*) AS n FROM contract'),
      boundaries: await count('SELECT count(*) AS n FROM neighbourhood_boundary'),
    }).toEqual(before);
    expect(before.population).toBe(DEMO_POPULATION.length);
  });

  it('should ship a wijk boundary with its name and inhabitants for every code the generator uses', async () => {
    await seedDemoReference(db.pool);
    const { rows } = await db.pool.query<{ code: string; name: string; inhabitants: number; rings: number }>(
      `SELECT code, name, inhabitants, jsonb_array_length(geometry->'coordinates'->0) AS rings
         FROM neighbourhood_boundary WHERE municipality_code = 'GM9901' AND level = 'wijk' ORDER BY code`,
    );
    expect(rows.map(({ code, name }) => ({ code, name }))).toEqual(
      DEMO_NEIGHBOURHOODS.map(({ code, name }) => ({ code, name })).sort((a, b) =>
        a.code.localeCompare(b.code),
      ),
    );
    const inhabitants = rows.reduce((sum, row) => sum + row.inhabitants, 0);
    const latest = DEMO_POPULATION[DEMO_POPULATION.length - 1]!.population;
    expect(Math.abs(inhabitants - latest) / latest).toBeLessThan(0.01);
    // The Buitengebied encloses the town: an outer ring with a hole.
    expect(rows.find((row) => row.code === 'WK990108')?.rings).toBe(2);
  });
});
