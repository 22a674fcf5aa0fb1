import { DataSource } from 'typeorm';
import { HandlingTimeFamilyName } from './handling-times.catalog';
import {
  chooseHandlingTimeSource,
  chooseWaitingTimeGrain,
  HandlingTimesRepository,
} from './handling-times.repository';
import { chooseIndicatorGrain } from './indicator-grain';
import { IndicatorSelection } from './indicator-sql';
import { openRollupFacts, RollupFactsDatabase, sortedRows } from './testing/rollup-fixtures';

const TODAY = '2025-10-15';

function selection(overrides: Partial<IndicatorSelection>): IndicatorSelection {
  return {
    from: '2024-01-01',
    to: '2025-12-31',
    granularity: 'MONTH',
    dimension: null,
    filters: {},
    ...overrides,
  };
}

/** Rows in a fixed order: the two paths may return them in any order. */

describe('indicator grain (monthly rollups of the indicator families)', () => {
  describe(chooseIndicatorGrain.name, () => {
    it('should pick the month grain for whole months in month-or-coarser buckets', () => {
      expect(chooseIndicatorGrain(selection({}))).toBe('month');
      expect(
        chooseIndicatorGrain(selection({ granularity: null, from: '2024-02-01', to: '2024-02-29' })),
      ).toBe('month');
      for (const granularity of ['QUARTER', 'HALF_YEAR', 'YEAR'] as const) {
        expect(chooseIndicatorGrain(selection({ granularity }))).toBe('month');
      }
    });

    it('should pick the day grain for weeks and part months', () => {
      expect(chooseIndicatorGrain(selection({ granularity: 'WEEK' }))).toBe('day');
      expect(chooseIndicatorGrain(selection({ from: '2024-01-02' }))).toBe('day');
      expect(chooseIndicatorGrain(selection({ to: '2025-12-30' }))).toBe('day');
      expect(chooseIndicatorGrain(selection({ granularity: null, to: '2024-02-28' }))).toBe('day');
      expect(chooseIndicatorGrain(selection({ from: '2025-02-01', to: '2025-01-31' }))).toBe('day');
    });
  });

  describe('against PostgreSQL', () => {
    let facts: RollupFactsDatabase | undefined;
    let dataSource: DataSource;
    let sut: HandlingTimesRepository;

    beforeAll(async () => {
      facts = await openRollupFacts();
      dataSource = facts.dataSource;
      sut = new HandlingTimesRepository(dataSource);
    });

    afterAll(() => facts?.close());

    const cases: [string, HandlingTimeFamilyName, Partial<IndicatorSelection>][] = [
      ['complaints per month', 'klacht', {}],
      [
        'complaints month x domain, one municipality',
        'klacht',
        { dimension: 'domain', filters: { municipality: ['GM0001'] } },
      ],
      ['complaints quarter x line', 'klacht', { granularity: 'QUARTER', dimension: 'line' }],
      [
        'complaints half year x subject organisation',
        'klacht',
        { granularity: 'HALF_YEAR', dimension: 'subjectOrganisation' },
      ],
      [
        'complaints year, filtered on domain and organisation',
        'klacht',
        {
          granularity: 'YEAR',
          filters: { domain: ['wmo', 'jeugd'], subjectOrganisation: ['onbekend', 'ZORG-A'] },
        },
      ],
      [
        'complaints without buckets, one month',
        'klacht',
        { granularity: null, from: '2025-09-01', to: '2025-09-30' },
      ],
      ['objections per quarter x domain', 'bezwaar', { granularity: 'QUARTER', dimension: 'domain' }],
      [
        'objections without buckets, line filter',
        'bezwaar',
        { granularity: null, filters: { line: ['bezwaar'] } },
      ],
    ];

    it.each(cases)('should give the same histogram from every grain: %s', async (_, family, overrides) => {
      const query = selection(overrides);
      expect(chooseIndicatorGrain(query)).toBe('month');
      const monthly = await sut.histogram(family, query, TODAY);
      const daily = await sut.histogram(family, query, TODAY, null, {
        closed: 'handling_time_daily',
        open: 'handling_time_open',
      });
      expect(monthly.length).toBeGreaterThan(0);
      expect(monthly.some((row) => !row.closed)).toBe(true);
      expect(sortedRows(monthly)).toEqual(sortedRows(daily));
      if (chooseHandlingTimeSource(query) === 'handling_time_month_domain') {
        const wide = await sut.histogram(family, query, TODAY, null, {
          closed: 'handling_time_monthly',
          open: 'handling_time_open',
        });
        expect(sortedRows(wide)).toEqual(sortedRows(daily));
      }
    });

    const waiting: [string, Partial<IndicatorSelection>][] = [
      [
        'quarter x domain, one municipality',
        { granularity: 'QUARTER', dimension: 'domain', filters: { municipality: ['GM0001'] } },
      ],
      ['month totals', {}],
      ['year, filtered on domain', { granularity: 'YEAR', filters: { domain: ['wmo', 'overig'] } }],
      ['without buckets, one month', { granularity: null, from: '2024-06-01', to: '2024-06-30' }],
    ];

    it.each(waiting)(
      'should give the same waiting-time complaints from case_month_theme and case_record_daily: %s',
      async (_, overrides) => {
        const query = selection(overrides);
        expect(chooseWaitingTimeGrain(query)).toBe('month');
        const monthly = await sut.waitingTime(query);
        const daily = await sut.waitingTime(query, 'day');
        expect(monthly.some((row) => row.waitingTime > 0)).toBe(true);
        expect(sortedRows(monthly)).toEqual(sortedRows(daily));
      },
    );

    it('should read waiting-time complaints by line or organisation from case_record_daily', () => {
      expect(chooseWaitingTimeGrain(selection({ dimension: 'line' }))).toBe('day');
      expect(chooseWaitingTimeGrain(selection({ filters: { subjectOrganisation: ['ZORG-A'] } }))).toBe('day');
      expect(chooseWaitingTimeGrain(selection({ filters: { line: null } }))).toBe('month');
      expect(chooseWaitingTimeGrain(selection({ granularity: 'WEEK' }))).toBe('day');
    });

    it('should read a monthly rollup for closed records and the narrowest open-records view for open ones', async () => {
      const spy = jest.spyOn(dataSource, 'query');
      await sut.histogram('klacht', selection({}), TODAY);
      expect(spy.mock.calls[0]?.[0]).toContain('FROM handling_time_month_domain h');
      expect(spy.mock.calls[0]?.[0]).toContain('FROM handling_time_open_domain d');
      await sut.histogram('klacht', selection({ dimension: 'line' }), TODAY);
      expect(spy.mock.calls[1]?.[0]).toContain('FROM handling_time_monthly h');
      expect(spy.mock.calls[1]?.[0]).toContain('FROM handling_time_open d');
      await sut.histogram('klacht', selection({ granularity: 'WEEK' }), TODAY);
      expect(spy.mock.calls[2]?.[0]).toContain('FROM handling_time_daily d');
      spy.mockRestore();
    });
  });
});
