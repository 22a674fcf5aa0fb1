import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, Role } from '../auth/role';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import {
  insertCases,
  insertObjections,
  seedIndicatorBasics,
} from '../handling-times/testing/indicator-fixtures';
import { OutcomesQueryInput } from './dto/outcomes-query.input';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesService } from './outcomes.service';

const RANGE = { from: '2025-01-01', to: '2025-06-30' };

function viewer(role: Role): AuthenticatedUser {
  return { id: 1, username: role, displayName: role, role, municipalityCode: null };
}

describe(OutcomesService.name, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: OutcomesService;
  const query = (overrides: Partial<OutcomesQueryInput>): OutcomesQueryInput => ({
    family: 'klacht',
    dateRange: RANGE,
    ...overrides,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    const pool = database.pool;
    await seedIndicatorBasics(pool);
    const received = '2025-03-03';
    await insertCases(pool, {
      received,
      outcome: 'gegrond',
      measures: ['excuses', 'werkwijze_aangepast'],
      count: 3,
    });
    await insertCases(pool, { received, outcome: 'gegrond', measures: ['excuses'], count: 2 });
    await insertCases(pool, { received, outcome: 'gegrond' });
    await insertCases(pool, { received, outcome: 'deels_gegrond', measures: ['uitleg'], count: 4 });
    await insertCases(pool, { received, outcome: 'ongegrond', count: 10 });
    await insertCases(pool, { received, outcome: 'niet_ontvankelijk', count: 3 });
    await insertCases(pool, { received, outcome: 'lopend', count: 2 });
    await insertCases(pool, { received, domain: 'jeugd', outcome: 'gegrond' });
    await insertCases(pool, { received, domain: 'jeugd', outcome: 'ongegrond' });
    const ombudsman = { received, source: 'NO', line: 'tweede_lijn', recommendationMade: true } as const;
    await insertCases(pool, { ...ombudsman, recommendationFollowed: true, count: 6 });
    await insertCases(pool, { ...ombudsman, recommendationFollowed: false, count: 2 });
    await insertCases(pool, { ...ombudsman, recommendationFollowed: null });
    const objection = { received: '2025-02-03', decided: '2025-03-01' };
    await insertObjections(pool, {
      ...objection,
      law: 'Participatiewet',
      domain: 'werk_inkomen',
      outcome: 'gegrond',
      count: 3,
    });
    await insertObjections(pool, { ...objection, law: 'Participatiewet', domain: 'werk_inkomen', count: 7 });
    await insertObjections(pool, { ...objection, outcome: 'gegrond', count: 5 });
    await insertObjections(pool, { ...objection, outcome: 'deels_gegrond', count: 5 });
    await insertObjections(pool, { ...objection, outcome: 'ongegrond', count: 10 });
    await pool.query('SELECT * FROM refresh_rollups()');
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    sut = new OutcomesService(new OutcomesRepository(dataSource), DEFAULT_DISCLOSURE_POLICY, {
      today: () => '2025-07-15',
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should compute the uphold rate over decided complaints and the share of recommendations followed', async () => {
    const result = await sut.outcomes(query({ dimension: 'domain' }), viewer('beleid'));
    const wmo = result.rows.find((row) => row.code === 'wmo');
    expect(wmo).toMatchObject({
      received: { value: 34 },
      decided: { value: 20 },
      upheld: { value: 10 },
      gegrond: { value: 6 },
      deelsGegrond: { value: 4 },
      upholdRate: { value: 50, suppressed: false },
      recommendationsMade: { value: 9 },
      recommendationsFollowed: { value: 6 },
      recommendationsNotFollowed: { value: 2 },
      recommendationFollowedRate: { value: 75, suppressed: false },
    });
    expect(result.totals[0]?.upholdRate.value).toBeCloseTo((11 / 22) * 100);
  });

  it('should compute the uphold rate of objections per law', async () => {
    const result = await sut.outcomes(query({ family: 'bezwaar', dimension: 'law' }), viewer('beleid'));
    const byLaw = Object.fromEntries(result.rows.map((row) => [row.code, row.upholdRate.value]));
    expect(byLaw).toEqual({ Participatiewet: 30, 'Wmo 2015': 50 });
    expect(result.totals[0]?.upholdRate.value).toBeCloseTo((13 / 30) * 100);
  });

  it('should suppress small counts and their rates for the council', async () => {
    const result = await sut.outcomes(query({ dimension: 'domain' }), viewer('raad'));
    const jeugd = result.rows.find((row) => row.code === 'jeugd');
    expect(jeugd?.received).toEqual({ value: null, suppressed: true });
    expect(jeugd?.upholdRate).toEqual({ value: null, suppressed: true });
    expect(result.disclosureControl).toBe(true);
  });

  it('should count the measures taken for upheld complaints', async () => {
    const beleid = await sut.measures(query({}), viewer('beleid'));
    expect(beleid.upheld.value).toBe(11);
    expect(beleid.measures.map((row) => [row.measure, row.count.value])).toEqual([
      ['excuses', 5],
      ['geen', 2],
      ['uitleg', 4],
      ['werkwijze_aangepast', 3],
    ]);
    const raad = await sut.measures(query({}), viewer('raad'));
    expect(raad.measures.map((row) => [row.measure, row.count.value, row.share.suppressed])).toEqual([
      ['excuses', 5, false],
      ['geen', null, true],
      ['uitleg', null, true],
      ['werkwijze_aangepast', null, true],
    ]);
  });
});
