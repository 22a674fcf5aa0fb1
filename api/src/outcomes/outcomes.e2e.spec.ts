import { DisclosedCount, rate, SUPPRESSED } from '../disclosure/disclosure';
import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { DECIDED_OUTCOMES, UPHELD_OUTCOMES } from './outcomes.catalog';
import { insertCases, seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { createTestApp, TestApp } from '../testing/createTestApp';

const OUTCOMES = `query ($query: OutcomesQueryInput!) {
  outcomes(query: $query) { disclosureControl rows { code upholdRate { value suppressed } } }
  upheldComplaintMeasures(query: $query) { upheld { value suppressed } measures { measure count { value } } }
}`;

interface OutcomesData {
  outcomes: { disclosureControl: boolean; rows: { code: string; upholdRate: { value: number | null } }[] };
  upheldComplaintMeasures: { upheld: { value: number | null; suppressed: boolean } };
}

describe('outcomes (GraphQL)', () => {
  let sut: TestApp;
  const variables = {
    query: { family: 'klacht', dimension: 'domain', dateRange: { from: '2025-03-01', to: '2025-03-31' } },
  };

  beforeAll(async () => {
    sut = await createTestApp();
    const pool = sut.database.pool;
    await seedIndicatorBasics(pool);
    await insertCases(pool, { received: '2025-03-03', outcome: 'gegrond', measures: ['excuses'], count: 5 });
    await insertCases(pool, { received: '2025-03-03', outcome: 'ongegrond', count: 15 });
    await insertCases(pool, { received: '2025-03-03', domain: 'jeugd', outcome: 'gegrond', count: 2 });
    await insertCases(pool, { received: '2025-03-03', domain: 'schuldhulp', outcome: 'gegrond', count: 3 });
    await insertCases(pool, { received: '2025-03-03', domain: 'schuldhulp', outcome: 'ongegrond', count: 7 });
    await pool.query('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should give the Wilson 95 % interval around the uphold rate, withheld with the rate', async () => {
    const query = `query ($query: OutcomesQueryInput!) {
      outcomes(query: $query) { rows { code upholdRate { value suppressed }
        upholdRateLower { value suppressed } upholdRateUpper { value suppressed } } }
    }`;
    type Bound = { value: number | null; suppressed: boolean };
    type Rows = {
      outcomes: {
        rows: { code: string; upholdRate: Bound; upholdRateLower: Bound; upholdRateUpper: Bound }[];
      };
    };
    const beleid = await (await sut.login('beleid')).graphql<Rows>(query, variables);
    const wmo = beleid.data?.outcomes.rows.find((row) => row.code === 'wmo');
    // 5 upheld of 20 decided: Wilson 11.2–46.9 %.
    expect(wmo?.upholdRateLower.value).toBeCloseTo(11.19, 1);
    expect(wmo?.upholdRateUpper.value).toBeCloseTo(46.87, 1);
    const jeugd = beleid.data?.outcomes.rows.find((row) => row.code === 'jeugd');
    // 2 of 2: the interval still reaches far down.
    expect(jeugd?.upholdRateUpper.value).toBeCloseTo(100, 5);
    expect(jeugd?.upholdRateLower.value).toBeCloseTo(34.24, 1);
    const raad = await (await sut.login('raad')).graphql<Rows>(query, variables);
    for (const row of raad.data?.outcomes.rows ?? []) {
      expect(row.upholdRateLower.suppressed).toBe(row.upholdRate.suppressed);
      expect(row.upholdRateUpper.suppressed).toBe(row.upholdRate.suppressed);
      if (row.upholdRate.value !== null) {
        expect(row.upholdRateLower.value ?? 101).toBeLessThanOrEqual(Math.min(100, row.upholdRate.value));
        expect(row.upholdRateUpper.value ?? -1).toBeGreaterThanOrEqual(Math.min(100, row.upholdRate.value));
      }
    }
  });

  it('should refuse an anonymous caller', async () => {
    expect((await sut.graphql(OUTCOMES, variables)).errors?.length).toBeGreaterThan(0);
  });

  it('should derive the uphold rate from perturbed counts for the council and exact counts for policy staff', async () => {
    const rates = (data?: OutcomesData): Record<string, number | null> =>
      Object.fromEntries((data?.outcomes.rows ?? []).map((row) => [row.code, row.upholdRate.value]));
    const raad = await (await sut.login('raad')).graphql<OutcomesData>(OUTCOMES, variables);
    expect(raad.errors).toBeUndefined();
    const published = (outcomes: readonly string[]): Promise<Map<string, DisclosedCount>> =>
      publishedFromFacts(
        sut.database.pool,
        `SELECT domain_code AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
          WHERE kind = 'klacht' AND outcome = ANY($1::text[]) AND received_on BETWEEN '2025-03-01' AND '2025-03-31'
          GROUP BY 1`,
        [outcomes],
      );
    const upheld = await published(UPHELD_OUTCOMES);
    const decided = await published(DECIDED_OUTCOMES);
    const expected = Object.fromEntries(
      [...decided.keys()].map((domain) => [
        domain,
        rate(upheld.get(domain) ?? { value: 0, suppressed: false }, decided.get(domain) ?? SUPPRESSED).value,
      ]),
    );
    // Listed domains (one published as all zeros has no row) carry the rate of their published counts.
    const shown = rates(raad.data);
    expect(shown.wmo).toBeDefined();
    for (const [domain, value] of Object.entries(shown)) expect(value).toEqual(expected[domain]);
    const beleid = await (await sut.login('beleid')).graphql<OutcomesData>(OUTCOMES, variables);
    expect(rates(beleid.data)).toEqual({ jeugd: 100, schuldhulp: 30, wmo: 25 });
    expect(beleid.data?.upheldComplaintMeasures.upheld).toEqual({ value: 10, suppressed: false });
  });
});
