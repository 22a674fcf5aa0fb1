import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { insertCases, plusDays, seedIndicatorBasics } from './testing/indicator-fixtures';

const HANDLING_TIMES = `query ($query: HandlingTimesQueryInput!) {
  handlingTimes(query: $query) {
    disclosureControl
    norm { code }
    rows { code received { value suppressed } medianDays { value suppressed } }
    totals { received { value } medianDays { value } withinTermPercentage { value suppressed } }
  }
}`;

const WAITING = `query ($query: IndicatorQueryInput!) {
  waitingTimeComplaints(query: $query) { totals { complaints { value } waitingTime { value suppressed } } }
}`;

interface HandlingData {
  handlingTimes: {
    disclosureControl: boolean;
    norm: { code: string };
    rows: { code: string; received: { value: number | null; suppressed: boolean } }[];
    totals: { received: { value: number }; medianDays: { value: number } }[];
  };
}

describe('handlingTimes (GraphQL)', () => {
  let sut: TestApp;
  const variables = {
    query: { family: 'klacht', dimension: 'domain', dateRange: { from: '2025-03-01', to: '2025-03-31' } },
  };

  beforeAll(async () => {
    sut = await createTestApp();
    const pool = sut.database.pool;
    await seedIndicatorBasics(pool);
    for (let days = 10; days <= 100; days += 10) {
      await insertCases(pool, { received: '2025-03-03', closed: plusDays('2025-03-03', days) });
    }
    await insertCases(pool, { domain: 'jeugd', theme: 'wachttijd', received: '2025-03-03', count: 2 });
    await insertCases(pool, { domain: 'schuldhulp', received: '2025-03-04', count: 8 });
    await pool.query('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should refuse an anonymous caller', async () => {
    const result = await sut.graphql(HANDLING_TIMES, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
  });

  it('should publish perturbed counts for the council and exact counts for policy staff', async () => {
    const raad = await (await sut.login('raad')).graphql<HandlingData>(HANDLING_TIMES, variables);
    expect(raad.errors).toBeUndefined();
    expect(raad.data?.handlingTimes.disclosureControl).toBe(true);
    expect(raad.data?.handlingTimes.norm.code).toBe('awb_9_11');
    const shown = (data?: HandlingData): Record<string, number | null> =>
      Object.fromEntries((data?.handlingTimes.rows ?? []).map((row) => [row.code, row.received.value]));
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT domain_code AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
        WHERE kind = 'klacht' AND received_on BETWEEN '2025-03-01' AND '2025-03-31' GROUP BY 1`,
    );
    expect(shown(raad.data)).toEqual(
      // A domain published as 0 has no row, like one without records.
      Object.fromEntries(
        [...published]
          .filter(([, count]) => count.value !== 0)
          .map(([domain, count]) => [domain, count.value]),
      ),
    );
    const beleid = await (await sut.login('beleid')).graphql<HandlingData>(HANDLING_TIMES, variables);
    expect(shown(beleid.data)).toEqual({ jeugd: 2, schuldhulp: 8, wmo: 10 });
    expect(beleid.data?.handlingTimes.totals[0]).toMatchObject({
      received: { value: 20 },
      medianDays: { value: 55 },
    });
  });

  it('should serve the waiting-time complaints', async () => {
    const query = { dateRange: { from: '2025-03-01', to: '2025-03-31' } };
    const raad = await (
      await sut.login('raad')
    ).graphql<{
      waitingTimeComplaints: { totals: { waitingTime: { value: number | null; suppressed: boolean } }[] };
    }>(WAITING, { query });
    expect(raad.errors).toBeUndefined();
    // Two waiting-time complaints: published as 0 or 5, as the ptable says for their key.
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT 'all' AS cell, count(*) AS n, sum(c.record_key) AS keys FROM case_record c
         JOIN theme t ON t.id = c.theme_id
        WHERE t.code = 'wachttijd' AND c.kind = 'klacht' AND c.received_on BETWEEN '2025-03-01' AND '2025-03-31'`,
    );
    expect(raad.data?.waitingTimeComplaints.totals[0]?.waitingTime).toEqual(published.get('all'));
    expect([0, 5]).toContain(raad.data?.waitingTimeComplaints.totals[0]?.waitingTime.value);
    const beleid = await (
      await sut.login('beleid')
    ).graphql<{
      waitingTimeComplaints: { totals: { waitingTime: { value: number } }[] };
    }>(WAITING, { query });
    expect(beleid.data?.waitingTimeComplaints.totals[0]?.waitingTime.value).toBe(2);
  });
});
