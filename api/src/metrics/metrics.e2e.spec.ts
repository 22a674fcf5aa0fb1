import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { seedLeerstad } from '../testing/leerstad';

const METRICS = `query ($query: MetricsQueryInput!) {
  metrics(query: $query) {
    disclosureControl
    rows { period dimensions { dimension code label } values { measure value suppressed } }
    totals { period values { measure value suppressed previousValue change smallNumbers } }
  }
}`;

interface MetricsData {
  metrics: {
    disclosureControl: boolean;
    rows: { dimensions: { code: string }[]; values: { value: number | null; suppressed: boolean }[] }[];
    totals: { period: string | null; values: { value: number | null; suppressed: boolean }[] }[];
  };
}

describe('metrics (GraphQL)', () => {
  let sut: TestApp;
  const variables = {
    query: {
      measures: ['caseCount'],
      dimensions: ['domain'],
      dateRange: { from: '2025-05-01', to: '2025-05-31' },
    },
  };

  beforeAll(async () => {
    sut = await createTestApp();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    await seedLeerstad(sut.database.pool, 'c'.repeat(64));
    for (const [domain, count] of [
      ['wmo', 30],
      ['jeugd', 2],
      ['schuldhulp', 12],
    ] as const) {
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation), $1 || n, 'klacht', $1, 'tweede_lijn', '2025-05-10',
                (SELECT id FROM import)
           FROM generate_series(1, $2::integer) AS n`,
        [domain, count],
      );
    }
    await sql('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should refuse an anonymous caller', async () => {
    const result = await sut.graphql(METRICS, variables);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
  });

  it('should make an unknown measure a GraphQL validation error', async () => {
    const session = await sut.login('beleid');
    const result = await session.graphql(METRICS, {
      query: { ...variables.query, measures: ['complaintsDeleted'] },
    });
    expect(result.errors?.[0]?.message).toMatch(/Measure/);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should reject a date that is not an ISO calendar day', async () => {
    const session = await sut.login('beleid');
    const result = await session.graphql(METRICS, {
      query: { ...variables.query, dateRange: { from: '2025-02-30', to: '2025-05-31' } },
    });
    expect(result.errors?.[0]?.message).toMatch(/ISO calendar date/);
  });

  it('should publish perturbed counts for the council and exact counts for policy staff', async () => {
    const raad = await (await sut.login('raad')).graphql<MetricsData>(METRICS, variables);
    expect(raad.errors).toBeUndefined();
    expect(raad.data?.metrics.disclosureControl).toBe(true);
    const shown = (data: MetricsData | undefined): Record<string, number | null> =>
      Object.fromEntries(
        (data?.metrics.rows ?? []).map((row) => [row.dimensions[0]?.code, row.values[0]?.value ?? null]),
      );
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT coalesce(domain_code, 'all') AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
        WHERE received_on BETWEEN '2025-05-01' AND '2025-05-31' GROUP BY ROLLUP (domain_code)`,
    );
    // A domain published as 0 has no row, like one without records.
    expect(shown(raad.data)).toEqual(
      Object.fromEntries(
        ['jeugd', 'schuldhulp', 'wmo']
          .map((domain) => [domain, published.get(domain)?.value])
          .filter(([, value]) => value !== 0),
      ),
    );
    expect(raad.data?.metrics.totals[0]?.values[0]).toMatchObject(published.get('all') ?? {});

    const beleid = await (await sut.login('beleid')).graphql<MetricsData>(METRICS, variables);
    expect(shown(beleid.data)).toEqual({ jeugd: 2, schuldhulp: 12, wmo: 30 });
  });
});
