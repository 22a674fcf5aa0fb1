import { Logger } from '@nestjs/common';
import { seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { CASE_MONTH_REGION_ROLLUPS, CASE_MONTH_ROLLUPS } from '../metrics/catalog';

const DASHBOARD = `query ($query: MetricsQueryInput!) {
  metrics(query: $query) {
    disclosureControl
    rows { period complete dimensions { dimension code label } values { measure value suppressed previousValue change changePercentage smallNumbers } }
    totals { period complete values { measure value suppressed previousValue change changePercentage smallNumbers } }
  }
}`;

const variables = {
  query: {
    measures: ['caseCount'],
    dimensions: ['domain'],
    granularity: 'MONTH',
    dateRange: { from: '2025-01-01', to: '2025-12-31' },
  },
};

describe('hardening (GraphQL)', () => {
  describe('rate limit', () => {
    let sut: TestApp;

    beforeAll(async () => {
      sut = await createTestApp({ rateLimitPerMinute: 3 });
    });

    afterAll(async () => {
      await sut?.close();
    });

    it('should give a logged-in user a bucket of their own and answer 429 with Retry-After', async () => {
      const session = await sut.login('beleid'); // 1 of the 3 requests of this client address
      for (let request = 0; request < 3; request++) {
        expect((await sut.post({ query: '{ me { id } }' }, { cookie: session.cookie })).status).toBe(200);
      }
      const refused = await sut.post({ query: '{ me { id } }' }, { cookie: session.cookie });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
      expect(body.errors[0]?.message).toMatch(/Te veel verzoeken.*Too many requests/);
    });

    it('should limit anonymous callers per client address', async () => {
      // The login above took one token of this address.
      expect((await sut.post({ query: '{ health { status } }' })).status).not.toBe(429);
      expect((await sut.post({ query: '{ health { status } }' })).status).not.toBe(429);
      expect((await sut.post({ query: '{ health { status } }' })).status).toBe(429);
    });
  });

  describe('query cost', () => {
    let sut: TestApp;

    beforeAll(async () => {
      sut = await createTestApp({ maxQueryCost: 50 });
    });

    afterAll(async () => {
      await sut?.close();
    });

    it('should refuse a query above the maximum cost with QUERY_TOO_COMPLEX before it runs', async () => {
      const response = await sut.post({ query: DASHBOARD, variables });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        errors: { message: string; extensions: { code: string; cost: number; maxCost: number } }[];
      };
      expect(body.errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 50 });
      expect(body.errors[0]?.message).toMatch(/^Query te complex: kosten \d+, maximaal 50/);
    });

    it('should refuse too many root fields', async () => {
      const query = `{ ${Array.from({ length: 21 }, (_, index) => `h${index}: health { status }`).join(' ')} }`;
      const result = await sut.graphql(query);
      expect(result.errors?.map((error) => error.extensions?.code)).toContain('QUERY_TOO_COMPLEX');
    });
  });

  describe('answer size', () => {
    let sut: TestApp;
    beforeAll(async () => {
      sut = await createTestApp();
      const pool = sut.database.pool;
      await seedIndicatorBasics(pool);
      // 2,100 neighbourhoods: a monthly breakdown of one year would hold 25,212 rows, yet costs 300.
      await pool.query(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           route, received_on, neighbourhood_code, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation WHERE code = 'GEM'), 'N-' || i, 'klacht', 'wmo',
                'eerste_lijn_gemeente', 'formeel', DATE '2025-01-01' + i % 365, 'WK' || i, (SELECT min(id) FROM import)
           FROM generate_series(1, 2100) AS i`,
      );
      await pool.query('SELECT * FROM refresh_rollups()');
      await pool.query('ANALYZE case_record');
    });

    afterAll(async () => {
      await sut?.close();
    });

    it('should refuse an answer over 20,000 rows from the estimate, before its SQL runs', async () => {
      const session = await sut.login('beleid');
      const query = {
        measures: ['caseCount'],
        dimensions: ['neighbourhood'],
        granularity: 'MONTH',
        dateRange: { from: '2025-01-01', to: '2025-12-31' },
      };
      const refused = await session.graphql(DASHBOARD, { query });
      // 12 months × (2,100 + 1 for "onbekend") is the estimate; after the SQL the check would count
      // the 12 × 2,100 rows that exist, so this message can only come from the check before it.
      expect(refused.errors?.[0]?.message).toMatch(/te groot \(25212 rijen, maximaal 20000\)/);
      // The same breakdown for the whole year (2,101 rows) is answered.
      const yearly = await session.graphql<{ metrics: { rows: unknown[] } }>(DASHBOARD, {
        query: { ...query, granularity: null },
      });
      expect(yearly.errors).toBeUndefined();
      expect(yearly.data?.metrics.rows).toHaveLength(2100);
    });
  });

  describe('production', () => {
    let sut: TestApp;

    beforeAll(async () => {
      sut = await createTestApp({ production: true });
    });

    afterAll(async () => {
      await sut?.close();
    });

    it('should accept a dashboard query under the default cost limit', async () => {
      const result = await sut.graphql(DASHBOARD, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('should price metrics by the rows its answer will hold: aliased weekly breakdowns are refused before they run', async () => {
      const weekly = {
        measures: ['caseCount'],
        dimensions: ['theme', 'neighbourhood'],
        granularity: 'WEEK',
        dateRange: { from: '2016-01-01', to: '2025-12-31' },
      };
      const aliased = (count: number): string =>
        `query ($q: MetricsQueryInput!) { ${Array.from(
          { length: count },
          (_, i) => `m${i}: metrics(query: $q) { rows { period values { value } } }`,
        ).join(' ')} }`;
      const withVariables = await sut.post({ query: aliased(5), variables: { q: weekly } });
      expect(withVariables.status).toBe(400);
      const body = (await withVariables.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
      const literal = await sut.graphql(
        `{ metrics(query: { measures: [caseCount], dimensions: [theme, neighbourhood], granularity: WEEK,
             dateRange: { from: "2016-01-01", to: "2025-12-31" } }) { rows { period } } }`,
      );
      expect(literal.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      // A weekly series of ten years without breakdown is a dashboard panel.
      const series = await sut.graphql(aliased(1), { q: { ...weekly, dimensions: [] } });
      expect(series.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('should refuse introspection', async () => {
      const result = await sut.graphql('{ __schema { types { name } } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.data).toBeUndefined();
    });

    it('should answer bad input with BAD_USER_INPUT and a clear message, without schema hints', async () => {
      const session = await sut.login('beleid');
      const unknown = await session.graphql(DASHBOARD, {
        query: { ...variables.query, measures: ['caseCont'] },
      });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknown.errors?.[0]?.message).not.toMatch(/Did you mean/);
      const reversed = await session.graphql(DASHBOARD, {
        query: { ...variables.query, dateRange: { from: '2025-12-31', to: '2025-01-01' } },
      });
      expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(reversed.errors?.[0]?.message).toBe('dateRange.from must not be after dateRange.to');
    });

    it('should hide unexpected errors behind "Er ging iets mis" and an error id that is logged', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      const session = await sut.login('beleid');
      // Every relation the metrics navigator may read from goes missing, so the query fails inside.
      const rollups = [...Object.keys(CASE_MONTH_ROLLUPS), ...Object.values(CASE_MONTH_REGION_ROLLUPS)];
      await sut.database.pool.query(
        [
          'ALTER VIEW case_record_daily RENAME TO case_record_daily_weg',
          ...rollups.map((rollup) => `ALTER TABLE ${rollup} RENAME TO ${rollup}_weg`),
        ].join('; '),
      );
      try {
        const response = await sut.post({ query: DASHBOARD, variables }, { cookie: session.cookie });
        const text = await response.text();
        const body = JSON.parse(text) as {
          errors: { message: string; extensions: { code: string; errorId: string } }[];
        };
        const error = body.errors[0]!;
        expect(error.message).toMatch(
          /^Er ging iets mis\. Something went wrong\. \(fout-id [0-9a-f-]{36}\)$/,
        );
        expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) });
        expect(text).not.toMatch(/case_record_daily|case_month_|stacktrace|QueryFailedError| {4}at /);
        const lines = logged.mock.calls.map((call) => String(call[0]));
        expect(
          lines.some(
            (line) => line.includes(error.extensions.errorId) && /case_(record_daily|month_)/.test(line),
          ),
        ).toBe(true);
      } finally {
        await sut.database.pool.query(
          [
            'ALTER VIEW case_record_daily_weg RENAME TO case_record_daily',
            ...rollups.map((rollup) => `ALTER TABLE ${rollup}_weg RENAME TO ${rollup}`),
          ].join('; '),
        );
        logged.mockRestore();
      }
    });
  });
});
