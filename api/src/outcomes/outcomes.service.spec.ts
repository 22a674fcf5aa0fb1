import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, Role } from '../auth/role';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import {
  insertCases,
  insertObjections,
  seedIndicatorBasics,
} from '../handling-times/testing/indicator-fixtures';
import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { rate } from '../disclosure/disclosure';
import { UPHELD_OUTCOMES } from './outcomes.catalog';
import { OutcomesQueryInput } from './dto/outcomes-query.input';
import { OutcomesRepository } from './outcomes.repository';
import { OutcomesService } from './outcomes.service';
import { CoverageRepository } from '../coverage/coverage.repository';
import { CoverageService } from '../coverage/coverage.service';

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
    sut = new OutcomesService(
      new OutcomesRepository(dataSource),
      DEFAULT_DISCLOSURE_POLICY,
      { today: () => '2025-07-15' },
      new CoverageService(new CoverageRepository(dataSource)),
    );
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

  it('should perturb the counts for the council and derive the uphold rate from them', async () => {
    const result = await sut.outcomes(query({ dimension: 'domain' }), viewer('raad'));
    const received = await publishedFromFacts(
      database.pool,
      `SELECT domain_code AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
        WHERE kind = 'klacht' AND received_on BETWEEN $1 AND $2 GROUP BY 1`,
      [RANGE.from, RANGE.to],
    );
    // Every domain whose received count is not published as 0 has its row. A row is left out only when all
    // its counts are published as 0, so a domain with received 0 may still have a row (another count non-zero).
    const shown = result.rows.map((row) => row.code);
    for (const [domain, count] of received) {
      if (count.value !== 0) expect(shown).toContain(domain);
    }
    for (const row of result.rows) {
      expect(row.received).toEqual(received.get(row.code ?? ''));
      expect(row.upholdRate).toEqual(rate(row.upheld, row.decided));
    }
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
    // The council: every measure count and the upheld total perturbed on their own keys, shares
    // derived from the published counts.
    const raad = await sut.measures(query({}), viewer('raad'));
    const published = await publishedFromFacts(
      database.pool,
      `SELECT coalesce(m.measure, 'upheld') AS cell, count(*) AS n, sum(c.record_key) AS keys
         FROM case_record c
         CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.measures) = 0 THEN ARRAY['geen'] ELSE c.measures END)
           AS m(measure)
        WHERE c.kind = 'klacht' AND c.outcome = ANY($1::text[]) AND c.received_on BETWEEN $2 AND $3
        GROUP BY 1`,
      [UPHELD_OUTCOMES, RANGE.from, RANGE.to],
    );
    const upheld = await publishedFromFacts(
      database.pool,
      `SELECT 'upheld' AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
        WHERE kind = 'klacht' AND outcome = ANY($1::text[]) AND received_on BETWEEN $2 AND $3`,
      [UPHELD_OUTCOMES, RANGE.from, RANGE.to],
    );
    expect(raad.upheld).toEqual(upheld.get('upheld'));
    for (const row of raad.measures) {
      expect(row.count).toEqual(published.get(row.measure));
      expect(row.share).toEqual(rate(row.count, raad.upheld));
    }
  });
});
