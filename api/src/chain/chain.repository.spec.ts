import { chooseIndicatorGrain } from '../handling-times/indicator-grain';
import { openRollupFacts, RollupFactsDatabase, sortedRows } from '../handling-times/testing/rollup-fixtures';
import { ChainFilters, ChainRepository } from './chain.repository';

describe(ChainRepository.name, () => {
  let facts: RollupFactsDatabase | undefined;
  let sut: ChainRepository;

  beforeAll(async () => {
    facts = await openRollupFacts();
    sut = new ChainRepository(facts.dataSource);
  });

  afterAll(() => facts?.close());

  const cases: [string, string, string, ChainFilters][] = [
    ['two years, every municipality', '2024-01-01', '2025-12-31', {}],
    ['one quarter, one municipality', '2025-04-01', '2025-06-30', { municipality: ['GM0002'] }],
    ['one month, one domain', '2024-02-01', '2024-02-29', { domain: ['jeugd'] }],
  ];

  it.each(cases)(
    'should count the same from outcome_month_line and case_outcome_daily: %s',
    async (_, from, to, filters) => {
      expect(chooseIndicatorGrain({ from, to, granularity: null })).toBe('month');
      const monthly = await sut.counts(from, to, filters);
      const daily = await sut.counts(from, to, filters, 'day');
      expect(monthly.length).toBeGreaterThan(0);
      expect(sortedRows(monthly)).toEqual(sortedRows(daily));
    },
  );

  it('should read the day grain for a range that splits a month', async () => {
    expect(chooseIndicatorGrain({ from: '2025-01-15', to: '2025-03-31', granularity: null })).toBe('day');
    const split = await sut.counts('2025-01-15', '2025-03-31', {});
    const whole = await sut.counts('2025-01-01', '2025-03-31', {});
    const total = (rows: { count: { count: number } }[]): number =>
      rows.reduce((sum, row) => sum + row.count.count, 0);
    expect(total(split)).toBeLessThan(total(whole));
  });
});
