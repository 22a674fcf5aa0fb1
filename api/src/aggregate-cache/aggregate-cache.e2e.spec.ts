import { MetricsRepository } from '../metrics/metrics.repository';
import { NOTIFICATIONS_APPLICATION_NAME } from '../database/database-notifications';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { eventually } from '../testing/eventually';
import { AggregateCache } from './aggregate-cache.service';
import {
  addCases as addCasesTo,
  councilCounts,
  counts,
  METRICS,
  MetricsData,
  metricsQuestion,
  seedMunicipality,
} from './testing/metrics-fixtures';

const variables = metricsQuestion('2025-05-01', '2025-05-31');

describe('aggregate cache (real PostgreSQL LISTEN/NOTIFY)', () => {
  let sut: TestApp;
  let cache: AggregateCache;
  const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
    sut.database.pool.query(text, params);

  const addCases = (domain: string, count: number, prefix: string): Promise<void> =>
    addCasesTo(sut.database.pool, domain, count, prefix);

  beforeAll(async () => {
    sut = await createTestApp({ aggregateCacheEntries: 100 });
    cache = sut.app.get(AggregateCache);
    await seedMunicipality(sut.database.pool);
    await addCases('wmo', 30, 'A');
    await addCases('jeugd', 2, 'B');
    await eventually(() => cache.active);
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should compute an answer once per role and serve repeats from the cache', async () => {
    const spy = jest.spyOn(sut.app.get(MetricsRepository), 'aggregate');
    const beleid = await sut.login('beleid');
    const raad = await sut.login('raad');
    const answers = await Promise.all([1, 2, 3].map(() => beleid.graphql<MetricsData>(METRICS, variables)));
    answers.forEach((answer) => expect(counts(answer.data)).toEqual({ jeugd: 2, wmo: 30 }));
    const calls = spy.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    // Another role has its own answer: for the council the perturbed counts.
    expect(counts((await raad.graphql<MetricsData>(METRICS, variables)).data)).toEqual(
      await councilCounts(sut.database.pool),
    );
    expect(spy.mock.calls.length).toBeGreaterThan(calls);
    const afterRaad = spy.mock.calls.length;
    await beleid.graphql(METRICS, variables);
    await raad.graphql(METRICS, variables);
    expect(spy.mock.calls.length).toBe(afterRaad);
    spy.mockRestore();
  });

  it('should serve a repeated query whole, without running its resolver again', async () => {
    const beleid = await sut.login('beleid');
    const colleague = await sut.login('beleid');
    // A question no earlier test asked.
    const year = { query: { ...variables.query, dateRange: { from: '2025-01-01', to: '2025-12-31' } } };
    const spy = jest.spyOn(cache, 'get');
    const first = await beleid.graphql<MetricsData>(METRICS, year);
    expect(spy).toHaveBeenCalled();
    spy.mockClear();
    // Another user with the same role and scope gets the same answer, straight from the cache.
    const repeat = await colleague.graphql<MetricsData>(METRICS, year);
    expect(repeat).toEqual(first);
    expect(spy).not.toHaveBeenCalled();
    // Written from the kept text: the same bytes as Apollo's own JSON.stringify(result) + newline.
    const raw = await (await sut.post({ query: METRICS, variables: year }, { cookie: beleid.cookie })).text();
    expect(raw).toBe(`${JSON.stringify(first)}\n`);
    // A different question, or one that also asks for something else, is executed.
    await beleid.graphql(METRICS, { query: { ...year.query, measures: ['closedCount'] } });
    expect(spy).toHaveBeenCalledTimes(1);
    const mixed = `query ($query: MetricsQueryInput!) { me { username } metrics(query: $query) { disclosureControl } }`;
    await beleid.graphql(mixed, year);
    await beleid.graphql(mixed, year);
    expect(spy).toHaveBeenCalledTimes(3);
    spy.mockRestore();
  });

  it('should not keep an answer computed before a data change', () => {
    const before = cache.dataVersion;
    cache.invalidate();
    cache.keepResponse('stale', { data: {} }, before, 12);
    expect(cache.response('stale')).toBeUndefined();
    cache.keepResponse('fresh', { data: {} }, cache.dataVersion, 12);
    expect(cache.response('fresh')).toEqual({ data: {} });
  });

  it('should answer with the new numbers once a change is committed, and not before', async () => {
    const beleid = await sut.login('beleid');
    expect(counts((await beleid.graphql<MetricsData>(METRICS, variables)).data)).toEqual({
      jeugd: 2,
      wmo: 30,
    });
    const client = await sut.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation), 'C' || n, 'klacht', 'jeugd', 'tweede_lijn', '2025-05-12',
                (SELECT id FROM import) FROM generate_series(1, 5) AS n`,
      );
      await client.query(`SELECT * FROM refresh_rollups('GM0001', '2025-05-01', '2025-05-31')`);
      expect(counts((await beleid.graphql<MetricsData>(METRICS, variables)).data)).toEqual({
        jeugd: 2,
        wmo: 30,
      });
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    await eventually(
      async () => counts((await beleid.graphql<MetricsData>(METRICS, variables)).data).jeugd === 7,
    );
  });

  it('should stop caching while its LISTEN connection is gone, and resume when it is back', async () => {
    await sql(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1`,
      [NOTIFICATIONS_APPLICATION_NAME],
    );
    await eventually(() => !cache.active);
    const beleid = await sut.login('beleid');
    expect(counts((await beleid.graphql<MetricsData>(METRICS, variables)).data)).toEqual({
      jeugd: 7,
      wmo: 30,
    });
    await eventually(() => cache.active);
    await addCases('schuldhulp', 12, 'D');
    await eventually(
      async () => counts((await beleid.graphql<MetricsData>(METRICS, variables)).data).schuldhulp === 12,
    );
  });
});
