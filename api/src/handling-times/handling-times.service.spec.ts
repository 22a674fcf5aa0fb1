import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, Role } from '../auth/role';
import { DEFAULT_DISCLOSURE_POLICY, DisclosedCount } from '../disclosure/disclosure';
import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { HandlingTimesQueryInput } from './dto/indicator-query.input';
import { HandlingTimesRepository } from './handling-times.repository';
import { HandlingTimesService } from './handling-times.service';
import { HandlingTimeRowModel } from './models/handling-times.model';
import { insertCases, insertObjections, plusDays, seedIndicatorBasics } from './testing/indicator-fixtures';
import { CoverageRepository } from '../coverage/coverage.repository';
import { CoverageService } from '../coverage/coverage.service';

const TODAY = '2025-07-15';
const FIRST_HALF = { from: '2025-01-01', to: '2025-06-30' };

function viewer(role: Role): AuthenticatedUser {
  return { id: 1, username: role, displayName: role, role, municipalityCode: 'GM0001' };
}

const values = (row: HandlingTimeRowModel | undefined): Record<string, number | null> =>
  Object.fromEntries(
    Object.entries(row ?? {})
      .filter(([, field]) => typeof field === 'object' && field !== null && 'suppressed' in field)
      .map(([name, field]) => [name, (field as { value: number | null }).value]),
  );

describe(HandlingTimesService.name, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: HandlingTimesService;

  const query = (overrides: Partial<HandlingTimesQueryInput>): HandlingTimesQueryInput => ({
    family: 'klacht',
    dateRange: FIRST_HALF,
    ...overrides,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    const pool = database.pool;
    await seedIndicatorBasics(pool);
    // wmo: 10 complaints closed after 10, 20, ..., 100 days (term 42: 4 within, 6 beyond).
    for (let days = 10; days <= 100; days += 10) {
      await insertCases(pool, {
        subject: 'ZORG-A',
        received: '2025-03-03',
        closed: plusDays('2025-03-03', days),
      });
    }
    // jeugd: 2 still open since March (beyond the term today), 1 open since July (outside the range).
    await insertCases(pool, { domain: 'jeugd', received: '2025-03-03', count: 2 });
    await insertCases(pool, { domain: 'jeugd', received: '2025-07-01' });
    // schuldhulp: extended (term 42 + 28) closed after 60 days; external committee (term 70) after 65.
    await insertCases(pool, {
      domain: 'schuldhulp',
      received: '2025-03-10',
      closed: '2025-05-09',
      extended: true,
    });
    await insertCases(pool, {
      domain: 'schuldhulp',
      received: '2025-03-10',
      closed: '2025-05-14',
      externalCommittee: true,
    });
    // werk_inkomen: 8 waiting-time complaints (theme and subtheme), 4 others, 1 waiting-time signal.
    await insertCases(pool, {
      domain: 'werk_inkomen',
      theme: 'wachttijd_toegang',
      received: '2025-04-10',
      count: 6,
    });
    await insertCases(pool, { domain: 'werk_inkomen', theme: 'wachttijd', received: '2025-04-10', count: 2 });
    await insertCases(pool, {
      domain: 'werk_inkomen',
      theme: 'bejegening',
      received: '2025-04-10',
      count: 4,
    });
    await insertCases(pool, {
      domain: 'werk_inkomen',
      theme: 'wachttijd',
      kind: 'signaal',
      received: '2025-04-10',
    });
    // Objections: 6 after 30 days; advisory committee (84): 2 after 80, 1 after 90; extended (84): 1 after 80.
    await insertObjections(pool, { received: '2025-02-03', decided: '2025-03-05', count: 6 });
    await insertObjections(pool, {
      received: '2025-02-03',
      decided: '2025-04-24',
      advisoryCommittee: true,
      count: 2,
    });
    await insertObjections(pool, { received: '2025-02-03', decided: '2025-05-04', advisoryCommittee: true });
    await insertObjections(pool, { received: '2025-02-03', decided: '2025-04-24', extended: true });
    await pool.query('SELECT * FROM refresh_rollups()');

    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    sut = new HandlingTimesService(
      new HandlingTimesRepository(dataSource),
      DEFAULT_DISCLOSURE_POLICY,
      { today: () => TODAY },
      new CoverageService(new CoverageRepository(dataSource)),
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should be refreshed by refresh_rollups()', async () => {
    const refreshed = await database.pool.query<{ rollup_name: string }>(
      'SELECT rollup_name FROM refresh_rollups()',
    );
    expect(refreshed.rows.map((row) => row.rollup_name)).toContain('handling_time_month_domain');
  });

  it('should compute median, p90 and the share within the Awb 9:11 term from the histogram', async () => {
    const result = await sut.handlingTimes(query({ filters: { domain: ['wmo'] } }), viewer('beleid'));
    expect(result.norm.code).toBe('awb_9_11');
    expect(values(result.totals[0])).toEqual({
      received: 10,
      closed: 10,
      open: 0,
      withinTerm: 4,
      beyondTerm: 6,
      extended: 0,
      openBeyondTerm: 0,
      medianDays: 55,
      p90Days: 91,
      withinTermPercentage: 40,
      beyondTermPercentage: 60,
      extendedPercentage: 0,
    });
    const exact = await database.pool.query<{ median: number; p90: number }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_on - received_on) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY closed_on - received_on) AS p90
         FROM case_record WHERE domain_code = 'wmo'`,
    );
    expect(exact.rows[0]).toEqual({ median: 55, p90: 91 });
  });

  it('should count open records past their term and credit committee terms and extensions', async () => {
    const result = await sut.handlingTimes(
      query({ dimension: 'domain', filters: { domain: ['jeugd', 'schuldhulp'] } }),
      viewer('beleid'),
    );
    const byCode = Object.fromEntries(result.rows.map((row) => [row.code, values(row)]));
    expect(byCode.jeugd).toMatchObject({
      received: 2,
      open: 2,
      openBeyondTerm: 2,
      closed: 0,
      medianDays: null,
    });
    expect(byCode.schuldhulp).toMatchObject({
      received: 2,
      closed: 2,
      withinTerm: 2,
      beyondTerm: 0,
      extended: 1,
      extendedPercentage: 50,
      medianDays: 62.5,
    });
  });

  it('should measure objections against Awb 7:10 with the advisory-committee term and extension', async () => {
    const result = await sut.handlingTimes(query({ family: 'bezwaar' }), viewer('beleid'));
    expect(result.norm.code).toBe('awb_7_10');
    expect(values(result.totals[0])).toMatchObject({
      received: 10,
      closed: 10,
      withinTerm: 9,
      beyondTerm: 1,
      extended: 1,
      medianDays: 30,
      p90Days: 81,
      withinTermPercentage: 90,
    });
  });

  it('should return every month of the range, zero-filled', async () => {
    const result = await sut.handlingTimes(query({ granularity: 'MONTH' }), viewer('beleid'));
    expect(result.totals.map((row) => [row.period, row.received.value])).toEqual([
      ['2025-01-01', 0],
      ['2025-02-01', 0],
      ['2025-03-01', 14],
      ['2025-04-01', 12],
      ['2025-05-01', 0],
      ['2025-06-01', 0],
    ]);
    // March: 10, 20, ..., 100 plus 60 and 65 days.
    expect(result.totals[2]?.medianDays.value).toBe(60);
  });

  it('should perturb every count for the council, and derive rates and medians from the published counts', async () => {
    const result = await sut.handlingTimes(query({ dimension: 'domain' }), viewer('raad'));
    expect(result.disclosureControl).toBe(true);
    const published = (condition: string): Promise<Map<string, DisclosedCount>> =>
      publishedFromFacts(
        database.pool,
        `SELECT coalesce(domain_code, 'all') AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
          WHERE kind = 'klacht' AND received_on BETWEEN $1 AND $2 AND ${condition}
          GROUP BY ROLLUP (domain_code)`,
        [FIRST_HALF.from, FIRST_HALF.to],
      );
    const received = await published('true');
    const closed = await published('closed_on IS NOT NULL');
    // Every domain whose published count is not 0 has a row; a domain whose count publishes as 0 keeps
    // its row when another of its counts (closed, within the term, …) is published above 0.
    expect(result.rows.map((row) => row.code)).toEqual(
      expect.arrayContaining(
        [...received].filter(([code, count]) => code !== 'all' && count.value !== 0).map(([code]) => code),
      ),
    );
    for (const row of result.rows) {
      expect(row.received).toEqual(received.get(row.code ?? ''));
      expect(row.closed).toEqual(closed.get(row.code ?? '') ?? { value: 0, suppressed: false });
      // A median is withheld exactly when the closed count it describes is.
      expect(row.medianDays.suppressed).toBe(row.closed.suppressed);
      // "% within the term" is the published within-term count over the published closed count.
      if (!row.withinTerm.suppressed && !row.closed.suppressed && row.closed.value) {
        expect(row.withinTermPercentage.value).toBeCloseTo(
          ((row.withinTerm.value ?? 0) / row.closed.value) * 100,
          10,
        );
      } else {
        expect(row.withinTermPercentage.value).toBeNull();
      }
    }
    expect(result.totals[0]?.received).toEqual(received.get('all'));
  });

  it('should give the share of waiting-time complaints (theme and subthemes) per domain', async () => {
    const result = await sut.waitingTime({ dateRange: FIRST_HALF, dimension: 'domain' }, viewer('beleid'));
    const werk = result.rows.find((row) => row.code === 'werk_inkomen');
    expect(werk?.complaints.value).toBe(12);
    expect(werk?.waitingTime.value).toBe(8);
    expect(werk?.waitingTimeShare.value).toBeCloseTo(66.667, 2);
    expect(result.totals[0]?.complaints.value).toBe(26);
    expect(result.totals[0]?.waitingTime.value).toBe(8);
  });
});
