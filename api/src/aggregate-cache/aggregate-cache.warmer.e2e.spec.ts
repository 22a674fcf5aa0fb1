import { AppConfig } from '../config/app-config';
import { MetricsRepository } from '../metrics/metrics.repository';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { eventually } from '../testing/eventually';
import { AggregateCache } from './aggregate-cache.service';
import { AggregateCacheWarmer, WARM_UP_DELAY_MS } from './aggregate-cache.warmer';
import {
  addCases,
  councilCounts,
  counts,
  METRICS,
  MetricsData,
  metricsQuestion,
  seedMunicipality,
} from './testing/metrics-fixtures';

const MAY = metricsQuestion('2025-05-01', '2025-05-31');
const YEAR = metricsQuestion('2025-01-01', '2025-12-31');

async function openApp(warmQuestions: number, overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const sut = await createTestApp({
    aggregateCacheEntries: 100,
    aggregateWarmQuestions: warmQuestions,
    ...overrides,
  });
  await seedMunicipality(sut.database.pool);
  await addCases(sut.database.pool, 'wmo', 30, 'A');
  await eventually(() => sut.app.get(AggregateCache).active);
  // Let the (empty) warm-up round of these inserts pass, so each test sees only its own rounds.
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_DELAY_MS + 500));
  await sut.app.get(AggregateCacheWarmer).running;
  return sut;
}

/** Waits for the warm-up that the data change just committed starts (after its quiet time), and its end. */
async function warmUpAfterChange(sut: TestApp): Promise<number> {
  const warmer = sut.app.get(AggregateCacheWarmer);
  const before = warmer.running;
  await eventually(() => warmer.running !== before);
  return (await warmer.running) ?? 0;
}

describe('aggregate cache warm-up after a data change (real PostgreSQL and HTTP)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await openApp(10);
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should compute the asked questions again, per role, so the next viewer is served from the cache', async () => {
    const beleid = await sut.login('beleid');
    const raad = await sut.login('raad');
    expect(counts((await beleid.graphql<MetricsData>(METRICS, MAY)).data)).toEqual({ wmo: 30 });
    expect(counts((await raad.graphql<MetricsData>(METRICS, MAY)).data)).toEqual(
      await councilCounts(sut.database.pool),
    );
    // Not kept whole (it also asks who is logged in), so not warmed up either.
    await beleid.graphql(
      `query ($query: MetricsQueryInput!) { me { username } metrics(query: $query) { disclosureControl } }`,
      YEAR,
    );

    const spy = jest.spyOn(sut.app.get(MetricsRepository), 'aggregate');
    await addCases(sut.database.pool, 'jeugd', 2, 'B');
    expect(await warmUpAfterChange(sut)).toBe(2);
    expect(spy).toHaveBeenCalled();
    const computed = spy.mock.calls.length;

    // The new numbers, for each role as its own disclosure control gives them, without computing again.
    expect(counts((await beleid.graphql<MetricsData>(METRICS, MAY)).data)).toEqual({ jeugd: 2, wmo: 30 });
    expect(counts((await raad.graphql<MetricsData>(METRICS, MAY)).data)).toEqual(
      await councilCounts(sut.database.pool),
    );
    expect(spy.mock.calls.length).toBe(computed);
    // A question asked by another user with the same role and scope is the same question.
    const colleague = await sut.login('beleid');
    await colleague.graphql(METRICS, MAY);
    expect(spy.mock.calls.length).toBe(computed);
    spy.mockRestore();
  });

  it('should not remember refused questions, nor answers that are not aggregates', async () => {
    const profiles = `{ importProfiles { __typename } }`;
    expect((await (await sut.login('panel')).graphql(profiles)).errors?.length).toBeGreaterThan(0);
    expect((await (await sut.login('beleid')).graphql(profiles)).errors).toBeUndefined();
    await addCases(sut.database.pool, 'schuldhulp', 12, 'C');
    // Only the two metrics questions of the first test.
    expect(await warmUpAfterChange(sut)).toBe(2);
  });
});

describe('aggregate cache warm-up limit', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await openApp(1);
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should warm up only the most recently asked questions', async () => {
    const beleid = await sut.login('beleid');
    await beleid.graphql(METRICS, MAY);
    await beleid.graphql(METRICS, YEAR);
    const spy = jest.spyOn(sut.app.get(MetricsRepository), 'aggregate');
    await addCases(sut.database.pool, 'jeugd', 3, 'B');
    expect(await warmUpAfterChange(sut)).toBe(1);
    const computed = spy.mock.calls.length;
    expect(counts((await beleid.graphql<MetricsData>(METRICS, YEAR)).data)).toEqual({ jeugd: 3, wmo: 30 });
    expect(spy.mock.calls.length).toBe(computed);
    expect(counts((await beleid.graphql<MetricsData>(METRICS, MAY)).data)).toEqual({ jeugd: 3, wmo: 30 });
    expect(spy.mock.calls.length).toBeGreaterThan(computed);
    spy.mockRestore();
  });
});

describe('aggregate cache warm-up bounds', () => {
  let sut: TestApp | undefined;

  afterEach(async () => {
    await sut?.close();
    sut = undefined;
  });

  it('should not warm up again a question that took longer than the limit', async () => {
    sut = await openApp(10, { aggregateWarmMaxQuestionMs: 0 });
    await (await sut.login('beleid')).graphql(METRICS, MAY);
    await addCases(sut.database.pool, 'jeugd', 2, 'B');
    // Computed once more (it was asked), then forgotten as too expensive to repeat for everyone.
    expect(await warmUpAfterChange(sut)).toBe(1);
    await addCases(sut.database.pool, 'jeugd', 2, 'C');
    expect(await warmUpAfterChange(sut)).toBe(0);
  });

  it('should stop a round at its time budget', async () => {
    sut = await openApp(10, { aggregateWarmBudgetMs: 0 });
    const beleid = await sut.login('beleid');
    await beleid.graphql(METRICS, MAY);
    await beleid.graphql(METRICS, YEAR);
    await addCases(sut.database.pool, 'jeugd', 2, 'B');
    expect(await warmUpAfterChange(sut)).toBe(0);
  });
});
