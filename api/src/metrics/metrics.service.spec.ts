import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, Role } from '../auth/role';
import { DEFAULT_DISCLOSURE_POLICY, DisclosedCount } from '../disclosure/disclosure';
import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { CoverageRepository } from '../coverage/coverage.repository';
import { CoverageService } from '../coverage/coverage.service';
import { MetricsQueryInput } from './dto/metrics-query.input';
import { MetricsRepository } from './metrics.repository';
import { MetricsService } from './metrics.service';
import { MetricRow, MetricsResult } from './models/metrics-result.model';

const TODAY = '2025-07-15';

function viewer(role: Role, municipalityCode: string | null = 'GM0001'): AuthenticatedUser {
  return { id: 1, username: role, displayName: role, role, municipalityCode };
}

function query(overrides: Partial<MetricsQueryInput>): MetricsQueryInput {
  return {
    measures: ['caseCount'],
    dateRange: { from: '2025-01-01', to: '2025-01-31' },
    ...overrides,
  };
}

const series = (rows: MetricRow[], index = 0): [string | null, number | null][] =>
  rows.map((row) => [row.period, row.values[index]?.value ?? null]);

const byCode = (result: MetricsResult): Record<string, MetricRow['values']> =>
  Object.fromEntries(result.rows.map((row) => [row.dimensions.map((d) => d.code).join('/'), row.values]));

interface Cases {
  municipality?: string;
  day: string;
  count: number;
  closed?: number;
  domain?: string;
  kind?: string;
  theme?: string;
}

/** The cells a council answer lists: those not published as 0 (publishedEmpty). */
const listedValues = (published: Map<string, DisclosedCount>): [string, number | null][] =>
  [...published].filter(([, count]) => count.value !== 0).map(([key, count]) => [key, count.value]);

describe(MetricsService.name, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: MetricsService;
  let externalId = 0;

  async function insertCases(cases: Cases): Promise<void> {
    const municipality = cases.municipality ?? 'GM0001';
    for (let index = 0; index < cases.count; index += 1) {
      externalId += 1;
      await database.pool.query(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, theme_id,
           line, received_on, closed_on, import_id)
         SELECT $1, (SELECT id FROM organisation WHERE code = 'ORG-' || $1), $2, $3, $4,
                (SELECT id FROM theme WHERE code = $5), 'eerste_lijn_gemeente', $6::date,
                CASE WHEN $7 THEN $6::date END, (SELECT min(id) FROM import WHERE municipality_code = $1)`,
        [
          municipality,
          `ext-${externalId}`,
          cases.kind ?? 'klacht',
          cases.domain ?? 'wmo',
          cases.theme ?? null,
          cases.day,
          index < (cases.closed ?? 0),
        ],
      );
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> => database.pool.query(text, params);
    await sql(
      `INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad'), ('GM0002', 'Klachtdorp')`,
    );
    await sql(`INSERT INTO municipality_population (municipality_code, year, population)
               VALUES ('GM0001', 2024, 50000), ('GM0001', 2025, 50000), ('GM0002', 2025, 20000)`);
    for (const code of ['GM0001', 'GM0002']) {
      await sql(
        `INSERT INTO organisation (code, name, kind, municipality_code) VALUES ($1, $2, 'gemeente', $3)`,
        [`ORG-${code}`, `Gemeente ${code}`, code],
      );
      await sql(
        `INSERT INTO import (municipality_code, file_name, sha256, profile, status) VALUES ($1, 'test.csv', $2, 'test', 'succeeded')`,
        [code, code === 'GM0001' ? 'a'.repeat(64) : 'b'.repeat(64)],
      );
    }
    await sql(
      `INSERT INTO theme (code, label, level) VALUES ('test_wachttijd', 'Wachttijd (test)', 'thema')`,
    );

    await insertCases({ day: '2024-01-10', count: 20 });
    await insertCases({ day: '2025-01-15', count: 12, closed: 6, theme: 'test_wachttijd' });
    await insertCases({ day: '2025-03-03', count: 7, domain: 'jeugd' });
    await insertCases({ day: '2025-05-05', count: 10, domain: 'wmo' });
    await insertCases({ day: '2025-05-05', count: 2, domain: 'wmo', kind: 'signaal' });
    await insertCases({ day: '2025-05-05', count: 3, domain: 'jeugd' });
    await insertCases({ day: '2025-05-05', count: 8, domain: 'werk_inkomen' });
    await insertCases({ day: '2025-05-05', count: 20, domain: 'schuldhulp' });
    await insertCases({ day: '2025-06-10', count: 5 });
    await insertCases({ day: '2025-06-20', count: 5 });
    await insertCases({ day: '2025-07-05', count: 4 });
    await insertCases({ municipality: 'GM0002', day: '2025-01-20', count: 9 });
    await sql('SELECT * FROM refresh_rollups()');

    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    sut = new MetricsService(
      new MetricsRepository(dataSource),
      new CoverageService(new CoverageRepository(dataSource)),
      DEFAULT_DISCLOSURE_POLICY,
      {
        today: () => TODAY,
      },
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('time series', () => {
    it('should return every month in the range, zero-filled where there is no data', async () => {
      const result = await sut.query(
        query({ granularity: 'MONTH', dateRange: { from: '2025-01-01', to: '2025-04-30' } }),
        viewer('beleid'),
      );
      expect(series(result.totals)).toEqual([
        ['2025-01-01', 12],
        ['2025-02-01', 0],
        ['2025-03-01', 7],
        ['2025-04-01', 0],
      ]);
      expect(result.totals.every((row) => row.complete)).toBe(true);
    });

    it('should bucket by quarter and half year', async () => {
      const quarters = await sut.query(
        query({ granularity: 'QUARTER', dateRange: { from: '2025-01-01', to: '2025-06-30' } }),
        viewer('beleid'),
      );
      expect(series(quarters.totals)).toEqual([
        ['2025-01-01', 19],
        ['2025-04-01', 53],
      ]);
      const halfYears = await sut.query(
        query({ granularity: 'HALF_YEAR', dateRange: { from: '2024-01-01', to: '2025-06-30' } }),
        viewer('beleid'),
      );
      expect(series(halfYears.totals)).toEqual([
        ['2024-01-01', 20],
        ['2024-07-01', 0],
        ['2025-01-01', 72],
      ]);
    });

    it('should bucket by ISO week starting on Monday', async () => {
      const result = await sut.query(
        query({ granularity: 'WEEK', dateRange: { from: '2025-01-08', to: '2025-01-20' } }),
        viewer('beleid'),
      );
      expect(series(result.totals)).toEqual([
        ['2025-01-06', 0],
        ['2025-01-13', 12],
        ['2025-01-20', 0],
      ]);
      expect(result.totals.map((row) => row.complete)).toEqual([false, true, false]);
    });
  });

  describe('filters and scope', () => {
    it('should filter by domain and theme codes', async () => {
      const halfYear = { from: '2025-01-01', to: '2025-06-30' };
      const jeugd = await sut.query(
        query({ dateRange: halfYear, filters: { domain: ['jeugd'] } }),
        viewer('beleid'),
      );
      expect(series(jeugd.totals)).toEqual([[null, 10]]);
      const wachttijd = await sut.query(
        query({
          dateRange: halfYear,
          filters: { theme: ['test_wachttijd'] },
          measures: ['caseCount', 'closedCount'],
        }),
        viewer('beleid'),
      );
      expect(wachttijd.totals[0]?.values.map((v) => v.value)).toEqual([12, 6]);
      const noTheme = await sut.query(
        query({ dateRange: halfYear, filters: { theme: ['geen'] } }),
        viewer('beleid'),
      );
      expect(series(noTheme.totals)).toEqual([[null, 60]]);
    });

    it('should limit a viewer to their own municipality whatever the filter says', async () => {
      const all = await sut.query(query({}), viewer('beheer', null));
      expect(series(all.totals)).toEqual([[null, 21]]);
      const other = await sut.query(query({ filters: { municipality: ['GM0002'] } }), viewer('beheer', null));
      expect(series(other.totals)).toEqual([[null, 9]]);
      const escaped = await sut.query(
        query({ filters: { municipality: ['GM0002'] } }),
        viewer('beleid', 'GM0001'),
      );
      expect(series(escaped.totals)).toEqual([[null, 0]]);
    });
  });

  describe('comparison', () => {
    it('should compare each month with the previous month', async () => {
      const result = await sut.query(
        query({
          granularity: 'MONTH',
          dateRange: { from: '2025-01-01', to: '2025-03-31' },
          comparison: 'PREVIOUS_PERIOD',
        }),
        viewer('beleid'),
      );
      expect(result.totals.map((row) => row.values[0])).toEqual([
        expect.objectContaining({
          value: 12,
          previousValue: 0,
          change: 12,
          changePercentage: null,
          smallNumbers: true,
        }),
        expect.objectContaining({
          value: 0,
          previousValue: 12,
          change: -12,
          changePercentage: null,
          smallNumbers: true,
        }),
        expect.objectContaining({ value: 7, previousValue: 0, change: 7, smallNumbers: true }),
      ]);
    });

    it('should compare with the same period last year, with a relative change only for large numbers', async () => {
      const result = await sut.query(query({ comparison: 'SAME_PERIOD_LAST_YEAR' }), viewer('beleid'));
      expect(result.totals[0]?.values[0]).toEqual({
        measure: 'caseCount',
        value: 12,
        suppressed: false,
        previousValue: 20,
        previousSuppressed: false,
        change: -8,
        changePercentage: -40,
        changePercentagePoints: null,
        smallNumbers: false,
      });
    });

    it('should compare a free range with the range of equal length just before it', async () => {
      const result = await sut.query(
        query({ dateRange: { from: '2025-03-01', to: '2025-05-31' }, comparison: 'PREVIOUS_PERIOD' }),
        viewer('beleid'),
      );
      // 1 Dec 2024 .. 28 Feb 2025 (92 days back) holds January's 12.
      expect(result.totals[0]?.values[0]).toMatchObject({ value: 50, previousValue: 12, change: 38 });
    });

    it('should compare only complete periods by default, and the elapsed days with periodToDate', async () => {
      const input = query({
        granularity: 'MONTH',
        dateRange: { from: '2025-06-01', to: '2025-07-31' },
        comparison: 'PREVIOUS_PERIOD',
      });
      const complete = await sut.query(input, viewer('beleid'));
      expect(complete.totals.map((row) => [row.period, row.complete])).toEqual([
        ['2025-06-01', true],
        ['2025-07-01', false],
      ]);
      expect(complete.totals[0]?.values[0]).toMatchObject({ value: 10, previousValue: 43, change: -33 });
      expect(complete.totals[1]?.values[0]).toMatchObject({ value: 4, previousValue: null, change: null });

      const toDate = await sut.query({ ...input, periodToDate: true }, viewer('beleid'));
      // July 1..14 (today is the 15th) against June 1..14: 4 against 5.
      expect(toDate.totals[1]?.values[0]).toMatchObject({ value: 4, previousValue: 5, change: -1 });
    });
  });

  describe('rates', () => {
    it('should give cases per 1,000 inhabitants with a change in points', async () => {
      const result = await sut.query(
        query({ measures: ['casesPer1000Inhabitants'], comparison: 'SAME_PERIOD_LAST_YEAR' }),
        viewer('beleid'),
      );
      const [rate] = result.totals[0]?.values ?? [];
      expect(rate?.value).toBeCloseTo(0.24);
      expect(rate?.previousValue).toBeCloseTo(0.4);
      expect(rate?.changePercentagePoints).toBeCloseTo(-0.16);
      expect(rate?.changePercentage).toBeNull();
    });

    it('should sum the population of every municipality in scope, and give null when one is missing', async () => {
      const result = await sut.query(
        query({ measures: ['casesPer1000Inhabitants'], comparison: 'SAME_PERIOD_LAST_YEAR' }),
        viewer('beheer', null),
      );
      expect(result.totals[0]?.values[0]?.value).toBeCloseTo((21 / 70000) * 1000);
      expect(result.totals[0]?.values[0]?.previousValue).toBeNull();
    });
  });

  describe('disclosure control', () => {
    const may = { from: '2025-05-01', to: '2025-05-31' };

    /** Published counts per group of GM0001's facts received in [from, to]. */
    const fromFacts = (
      group: string,
      from: string,
      to: string,
      where = 'true',
    ): Promise<Map<string, DisclosedCount>> =>
      publishedFromFacts(
        database.pool,
        `SELECT ${group} AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
          WHERE municipality_code = 'GM0001' AND received_on BETWEEN $1 AND $2 AND ${where} GROUP BY 1`,
        [from, to],
      );

    it('should perturb every cell and the total for the council with their own keys, and give policy staff exact counts', async () => {
      const input = query({
        dateRange: may,
        dimensions: ['domain'],
        measures: ['caseCount', 'casesPer1000Inhabitants'],
      });
      const raad = await sut.query(input, viewer('raad'));
      expect(raad.disclosureControl).toBe(true);
      const expected = await fromFacts('domain_code', may.from, may.to);
      const cells = byCode(raad);
      // A cell published as 0 has no row, like a domain without records.
      const listed = [...expected].filter(([, published]) => published.value !== 0);
      expect(Object.keys(cells).sort()).toEqual(listed.map(([domain]) => domain).sort());
      for (const [domain, published] of listed) {
        expect(cells[domain]?.[0]).toMatchObject(published);
        // The rate is derived from the published count: hidden with it, else that count per 1,000.
        expect(cells[domain]?.[1]).toMatchObject(
          published.suppressed
            ? { value: null, suppressed: true }
            : { value: ((published.value ?? 0) / 50000) * 1000, suppressed: false },
        );
      }
      // The total is a cell of its own: its own records and key, not the sum of perturbed cells.
      const total = (await fromFacts("'all'", may.from, may.to)).get('all');
      expect(raad.totals[0]?.values[0]).toMatchObject(total ?? {});
      // Every published count is 0 or at least k: nothing is ever published as 1..4.
      for (const value of Object.values(cells).map((values) => values[0]?.value ?? null)) {
        expect(value === null || value === 0 || value >= 5).toBe(true);
      }

      const beleid = await sut.query(input, viewer('beleid'));
      expect(beleid.disclosureControl).toBe(false);
      const exact = byCode(beleid);
      expect([exact.jeugd?.[0]?.value, exact.werk_inkomen?.[0]?.value]).toEqual([3, 8]);
      expect(beleid.totals[0]?.values[0]?.value).toBe(43);
    });

    it('should perturb each cell of a two-way table from its own records', async () => {
      const input = query({ dateRange: may, dimensions: ['domain', 'kind'] });
      const cells = byCode(await sut.query(input, viewer('college')));
      const expected = await fromFacts("domain_code || '/' || kind", may.from, may.to);
      const shown = Object.fromEntries(Object.entries(cells).map(([key, values]) => [key, values[0]?.value]));
      expect(shown).toEqual(Object.fromEntries(listedValues(expected)));
    });

    it('should perturb a comparison value the same way and derive the change from the published values', async () => {
      const result = await sut.query(
        query({
          dateRange: { from: '2025-03-01', to: '2025-03-31' },
          filters: { domain: ['jeugd'] },
          comparison: 'SAME_PERIOD_LAST_YEAR',
        }),
        viewer('panel'),
      );
      const march = (await fromFacts("'all'", '2025-03-01', '2025-03-31', "domain_code = 'jeugd'")).get(
        'all',
      );
      expect(result.totals[0]?.values[0]).toMatchObject({ value: march?.value, previousValue: 0 });
      const june = await sut.query(
        query({
          dateRange: { from: '2025-06-01', to: '2025-06-30' },
          filters: { domain: ['wmo'] },
          comparison: 'PREVIOUS_PERIOD',
        }),
        viewer('panel'),
      );
      // Without dimensions the single row is the total, protected the same way.
      expect(june.rows.map((row) => row.values[0])).toEqual(june.totals.map((row) => row.values[0]));
      const now = (await fromFacts("'all'", '2025-06-01', '2025-06-30', "domain_code = 'wmo'")).get('all');
      const before = (await fromFacts("'all'", '2025-05-01', '2025-05-31', "domain_code = 'wmo'")).get('all');
      const value = june.totals[0]?.values[0];
      expect(value).toMatchObject({ value: now?.value ?? 0, previousValue: before?.value ?? 0 });
      expect(value?.change).toBe((now?.value ?? 0) - (before?.value ?? 0));
    });

    it('should widen a range to whole months for the council and refuse weeks', async () => {
      const partial = await sut.query(
        query({ dateRange: { from: '2025-05-03', to: '2025-05-20' } }),
        viewer('raad'),
      );
      const whole = await sut.query(query({ dateRange: may }), viewer('raad'));
      expect(partial.totals).toEqual(whole.totals);
      await expect(sut.query(query({ granularity: 'WEEK' }), viewer('raad'))).rejects.toThrow(/per week/);
      const beleid = await sut.query(
        query({ dateRange: { from: '2025-05-06', to: '2025-05-20' } }),
        viewer('beleid'),
      );
      expect(beleid.totals[0]?.values[0]?.value).toBe(0);
    });
  });

  describe('validation', () => {
    it('should refuse more than two dimensions and a reversed range', async () => {
      await expect(
        sut.query(query({ dimensions: ['domain', 'kind', 'line'] }), viewer('beleid')),
      ).rejects.toThrow(/At most 2 dimensions/);
      await expect(
        sut.query(query({ dateRange: { from: '2025-02-01', to: '2025-01-01' } }), viewer('beleid')),
      ).rejects.toThrow(/must not be after/);
    });
  });
});
