import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { seedMonthlyComplaints } from './testing/measure-fixtures';

const CREATE = `mutation ($input: MeasureInput!) {
  createMeasure(input: $input) { id title themeCode effectiveOn status sourceKind recommendationStatus }
}`;
const WITH_EFFECT = `query ($id: ID!) {
  measure(id: $id) { id title effect { verdict centreLine afterRate explanation points { period count rate after } } }
}`;
const FOLLOW_UP = `query { recommendationFollowUp { sourceKind total followed notFollowed pending followedShare followedOfDecided } }`;

const measure = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  municipalityCode: 'GM0001',
  title: 'Extra consulenten Jeugd',
  themeCode: 'wachttijd',
  owner: 'Team Jeugd',
  decidedOn: '2024-11-15',
  effectiveOn: '2025-01-01',
  expectedEffect: 'Minder klachten over wachttijd',
  ...overrides,
});

interface EffectPoint {
  period: string;
  count: number | null;
  after: boolean;
}
interface EffectData {
  measure: {
    effect: { verdict: string; centreLine: number; afterRate: number; points: EffectPoint[] };
  };
}

/** Complaints per 1,000 of Leerstad's 50,000 inhabitants per month, pooled over `points`. */
const pooledRate = (points: readonly EffectPoint[]): number =>
  points.reduce((sum, point) => sum + (point.count ?? 0), 0) / points.length / 50;

describe('measures register (GraphQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    // 20 complaints a month on wachttijd through 2024, 8 a month from 2025 on (to the chart's horizon).
    await seedMonthlyComplaints(sut.database.pool, { from: '2023-01-01', to: '2026-12-01' }, (month) =>
      month < '2025-01-01' ? 20 : 8,
    );
    // Record keys fixed by month, so each month's cell key (20 × 13 × month mod 256 = 4 × month, and
    // 8 × 13 × month) is known and the council's counts follow from the ptable: every month of 20 gets
    // noise −2 or −1, so the council's centre line is not the exact one.
    await sut.database.pool.query(
      `UPDATE case_record SET record_key = (extract(month FROM received_on)::integer * 13) % 256`,
    );
    await sut.database.pool.query('SELECT * FROM refresh_rollups()');
  });

  /** What the council must be shown per month (first day, ISO) through the published ptable. */
  const councilMonths = (): ReturnType<typeof publishedFromFacts> =>
    publishedFromFacts(
      sut.database.pool,
      `SELECT date_trunc('month', received_on)::date::text AS cell, count(*) AS n, sum(record_key) AS keys
         FROM case_record GROUP BY 1`,
    );

  afterAll(async () => {
    await sut?.close();
  });

  it('should refuse raad and college to add a measure', async () => {
    for (const role of ['raad', 'college'] as const) {
      const session = await sut.login(role);
      const result = await session.graphql(CREATE, { input: measure() });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('should let beleid add a measure that raad then reads with a clear-decrease verdict', async () => {
    const beleid = await sut.login('beleid');
    const created = await beleid.graphql<{ createMeasure: { id: string } }>(CREATE, { input: measure() });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createMeasure.id;
    // Policy staff get exact counts: 20 a month over 50 thousand inhabitants = 0.4 per 1,000; after:
    // 8 / 50 = 0.16.
    const exact = (await beleid.graphql<EffectData>(WITH_EFFECT, { id })).data!.measure.effect;
    expect(exact.centreLine).toBeCloseTo(0.4, 4);
    expect(exact.afterRate).toBeCloseTo(0.16, 4);
    // The council's chart is drawn from its perturbed monthly counts, each month a cell of its own.
    const raad = await sut.login('raad');
    const result = await raad.graphql<EffectData>(WITH_EFFECT, { id });
    expect(result.errors).toBeUndefined();
    const effect = result.data!.measure.effect;
    const months = await councilMonths();
    expect(effect.points).toHaveLength(exact.points.length);
    for (const point of effect.points) expect(point.count).toBe(months.get(point.period)?.value);
    const before = effect.points.filter((point) => !point.after);
    expect(before).toHaveLength(24);
    expect(pooledRate(before)).not.toBeCloseTo(0.4, 4);
    expect(effect.centreLine).toBeCloseTo(pooledRate(before), 4);
    expect(effect.afterRate).toBeCloseTo(pooledRate(effect.points.filter((point) => point.after)), 4);
    expect(effect.verdict).toBe('duidelijke_daling');
  });

  it('should give the effect per 1,000 clients of the domain only when the theme has a domain and counts exist', async () => {
    const beleid = await sut.login('beleid');
    const PER_CLIENTS = `query ($id: ID!) { measure(id: $id) { effectPerClients { verdict centreLine afterRate } } }`;
    const create = async (themeCode: string): Promise<string> =>
      (await beleid.graphql<{ createMeasure: { id: string } }>(CREATE, { input: measure({ themeCode }) }))
        .data!.createMeasure.id;
    // Wachttijd belongs to every domain: no domain, so no client counts to divide by.
    const waiting = await beleid.graphql<{ measure: { effectPerClients: unknown } }>(PER_CLIENTS, {
      id: await create('wachttijd'),
    });
    expect(waiting.errors).toBeUndefined();
    expect(waiting.data!.measure.effectPerClients).toBeNull();
    // The same complaints on a Wmo theme, and 2,000 Wmo clients a year: 20 a month = 10 per 1,000
    // clients before, 8 a month = 4 after.
    await sut.database.pool.query(
      `UPDATE case_record SET domain_code = 'wmo', theme_id = (SELECT id FROM theme WHERE code = 'hulp_huishouden')`,
    );
    await sut.database.pool.query(
      `UPDATE case_theme SET theme_id = (SELECT id FROM theme WHERE code = 'hulp_huishouden')`,
    );
    await sut.database.pool.query('SELECT * FROM refresh_rollups()');
    const id = await create('hulp_huishouden');
    const withoutCounts = await beleid.graphql<{ measure: { effectPerClients: unknown } }>(PER_CLIENTS, {
      id,
    });
    expect(withoutCounts.data!.measure.effectPerClients).toBeNull();
    await sut.database.pool.query(
      `INSERT INTO client_count (municipality_code, domain_code, year, clients)
       SELECT 'GM0001', 'wmo', year, 2000 FROM generate_series(2023, 2026) AS year`,
    );
    const result = await beleid.graphql<{
      measure: { effectPerClients: { verdict: string; centreLine: number; afterRate: number } };
    }>(PER_CLIENTS, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data!.measure.effectPerClients.centreLine).toBeCloseTo(10, 4);
    expect(result.data!.measure.effectPerClients.afterRate).toBeCloseTo(4, 4);
    expect(result.data!.measure.effectPerClients.verdict).toBe('duidelijke_daling');
  });

  it('should reject a measure that takes effect before it was decided', async () => {
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql(CREATE, { input: measure({ effectiveOn: '2024-01-01' }) });
    expect(result.errors?.[0]?.message).toContain('ingangsdatum');
  });

  it('should count ombudsman recommendations followed, not followed and pending', async () => {
    const beleid = await sut.login('beleid');
    for (const status of ['opgevolgd', 'opgevolgd', 'niet_opgevolgd', 'in_afwachting']) {
      const result = await beleid.graphql(CREATE, {
        input: measure({
          title: `Aanbeveling ${status}`,
          sourceKind: 'ombudsmanaanbeveling',
          sourceRef: 'NO-2025-1',
          recommendationStatus: status,
        }),
      });
      expect(result.errors).toBeUndefined();
    }
    const college = await sut.login('college');
    const result = await college.graphql<{ recommendationFollowUp: Record<string, unknown>[] }>(FOLLOW_UP);
    expect(result.data!.recommendationFollowUp).toContainEqual({
      sourceKind: 'ombudsmanaanbeveling',
      total: 4,
      followed: 2,
      notFollowed: 1,
      pending: 1,
      followedShare: 50,
      followedOfDecided: 66.7,
    });
  });
});
