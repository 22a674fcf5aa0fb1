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

interface EffectData {
  measure: {
    effect: { verdict: string; centreLine: number; afterRate: number; points: { count: number | null }[] };
  };
}

describe('measures register (GraphQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    // 20 complaints a month on wachttijd through 2024, 8 a month from 2025 on (to the chart's horizon).
    await seedMonthlyComplaints(sut.database.pool, { from: '2023-01-01', to: '2026-12-01' }, (month) =>
      month < '2025-01-01' ? 20 : 8,
    );
  });

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
    const raad = await sut.login('raad');
    const result = await raad.graphql<EffectData>(WITH_EFFECT, { id: created.data!.createMeasure.id });
    expect(result.errors).toBeUndefined();
    const effect = result.data!.measure.effect;
    // 20 a month over 50 thousand inhabitants = 0.4 per 1,000; after: 8 / 50 = 0.16. The council's
    // monthly counts carry cell-key noise of at most 2 (0.04 per 1,000), so the rates lie within that.
    expect(Math.abs(effect.centreLine - 0.4)).toBeLessThanOrEqual(0.04);
    expect(Math.abs(effect.afterRate - 0.16)).toBeLessThanOrEqual(0.04);
    expect(effect.verdict).toBe('duidelijke_daling');
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
