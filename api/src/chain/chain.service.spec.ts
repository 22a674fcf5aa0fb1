import { rate } from '../disclosure/disclosure';
import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { CHAIN_STAGES, ChainStageName } from './chain.catalog';
import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, Role } from '../auth/role';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import {
  insertCases,
  insertObjections,
  seedIndicatorBasics,
} from '../handling-times/testing/indicator-fixtures';
import { ChainRepository } from './chain.repository';
import { ChainService } from './chain.service';

const RANGE = { from: '2025-01-01', to: '2025-06-30' };
const viewer = (role: Role): AuthenticatedUser => ({
  id: 1,
  username: role,
  displayName: role,
  role,
  municipalityCode: 'GM0001',
});
const keys = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, index) => `${prefix}${from + index}`);

describe(ChainService.name, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: ChainService;

  beforeAll(async () => {
    database = await createTestDatabase();
    const pool = database.pool;
    await seedIndicatorBasics(pool);
    for (const key of keys('k', 1, 10)) {
      await insertCases(pool, {
        source: 'ZORG-A',
        line: 'eerste_lijn_aanbieder',
        received: '2025-02-01',
        subjectKey: key,
      });
    }
    for (const key of keys('k', 1, 6)) {
      await insertCases(pool, { route: 'informeel', received: '2025-03-01', subjectKey: key });
    }
    for (const key of [...keys('k', 1, 3), ...keys('k', 20, 24)]) {
      await insertCases(pool, { route: 'formeel', received: '2025-04-01', subjectKey: key });
    }
    await insertCases(pool, { route: 'bemiddeling', received: '2025-04-01', count: 2 });
    for (const key of ['k1', 'k2', 'k20', 'k30']) {
      await insertCases(pool, { source: 'NO', line: 'tweede_lijn', received: '2025-05-01', subjectKey: key });
    }
    await insertObjections(pool, { received: '2025-03-01', count: 7 });
    await pool.query('SELECT * FROM refresh_rollups()');
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    sut = new ChainService(new ChainRepository(dataSource), DEFAULT_DISCLOSURE_POLICY, {
      today: () => '2025-07-15',
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should count complaints per stage, objections and the escalation rate', async () => {
    const result = await sut.chain({ dateRange: RANGE }, viewer('beleid'));
    expect(result.stages.map((stage) => [stage.code, stage.count.value])).toEqual([
      ['eerste_lijn_aanbieder', 10],
      ['gemeente_informeel', 6],
      ['gemeente_formeel', 10],
      ['gemeente_onbekend', 0],
      ['tweede_lijn', 4],
    ]);
    expect(result.complaints.value).toBe(30);
    expect(result.objections.value).toBe(7);
    expect(result.escalationRate.value).toBe(25);
  });

  it('should count distinct citizens moving to the next line within the window', async () => {
    const year = await sut.chain({ dateRange: RANGE }, viewer('beleid'));
    expect(
      year.transitions.map((step) => [step.from, step.to, step.citizens.value, step.moved.value]),
    ).toEqual([
      ['eerste_lijn_aanbieder', 'eerste_lijn_gemeente', 10, 6],
      ['eerste_lijn_gemeente', 'tweede_lijn', 11, 3],
      ['eerste_lijn_aanbieder', 'tweede_lijn', 10, 2],
    ]);
    expect(year.transitions[0]?.movedPercentage.value).toBe(60);
    const short = await sut.chain({ dateRange: RANGE, windowDays: 20 }, viewer('beleid'));
    expect(short.transitions.map((step) => step.moved.value)).toEqual([0, 0, 0]);
  });

  it('should perturb every stage for the council from its records and derive the rates from the published counts', async () => {
    const result = await sut.chain({ dateRange: RANGE }, viewer('raad'));
    for (const stage of result.stages) {
      const { lines, routes }: { lines: readonly string[]; routes: readonly string[] | null } =
        CHAIN_STAGES[stage.code as ChainStageName];
      const published = await publishedFromFacts(
        database.pool,
        `SELECT 'stage' AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
          WHERE kind = 'klacht' AND received_on BETWEEN $1 AND $2 AND line = ANY($3::text[])
            AND ($4::text[] IS NULL OR route = ANY($4::text[]))`,
        [RANGE.from, RANGE.to, lines, routes],
      );
      expect(stage.count).toEqual(published.get('stage'));
    }
    // Nothing is ever published as 1..4.
    // (A withheld stage is null: record keys are random, so a stage may land on 1..4 and be suppressed.)
    for (const { count } of result.stages) {
      expect(count.value === null || count.value === 0 || count.value >= 5).toBe(true);
    }
    for (const step of result.transitions) {
      expect(step.movedPercentage).toEqual(rate(step.moved, step.citizens));
    }
  });

  it('should refuse a window beyond the maximum', async () => {
    await expect(sut.chain({ dateRange: RANGE, windowDays: 1000 }, viewer('beleid'))).rejects.toThrow(
      /windowDays/,
    );
  });
});
