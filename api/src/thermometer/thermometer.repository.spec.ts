import { DataSource } from 'typeorm';
import { openRollupFacts, RollupFactsDatabase, sortedRows } from '../handling-times/testing/rollup-fixtures';
import { AWB_9_11 } from './thermometer.config';
import { MunicipalityScope, termRuleFitsRollup, ThermometerRepository } from './thermometer.repository';

describe(ThermometerRepository.name, () => {
  let facts: RollupFactsDatabase | undefined;
  let dataSource: DataSource;
  let sut: ThermometerRepository;

  beforeAll(async () => {
    facts = await openRollupFacts();
    dataSource = facts.dataSource;
    sut = new ThermometerRepository(dataSource);
  });

  afterAll(() => facts?.close());

  const ranges: [string, string, string, MunicipalityScope][] = [
    ['two years, every municipality', '2024-01-01', '2025-12-31', null],
    ['two years, one municipality', '2024-01-01', '2025-12-31', 'GM0002'],
    ['one quarter and the same quarter a year later', '2024-10-01', '2025-12-31', 'GM0001'],
    ['a year after the last receipt (late closings)', '2026-01-01', '2026-12-31', null],
  ];

  it.each(ranges)(
    'should give the same complaints per quarter from case_month_domain and case_month_theme as from case_record_daily: %s',
    async (_, from, to, scope) => {
      const monthly = await sut.complaintsPerQuarter(from, to, scope);
      const daily = await sut.complaintsPerQuarter(from, to, scope, 'day');
      if (from < '2026-01-01') expect(monthly.some((row) => row.waiting > 0)).toBe(true);
      expect(sortedRows(monthly)).toEqual(sortedRows(daily));
    },
  );

  it.each(ranges)(
    'should give the same closed and within-term counts from complaint_term_monthly and the facts: %s',
    async (_, from, to, scope) => {
      const monthly = await sut.handledWithinTerm(from, to, scope);
      const facts = await sut.handledWithinTerm(from, to, scope, 'day');
      expect(monthly.length).toBeGreaterThan(0);
      // Both outcomes of the rule occur, so the comparison tests the rule and not only the counts.
      expect(monthly.some((row) => row.withinTerm > 0 && row.withinTerm < row.closed)).toBe(true);
      expect(sortedRows(monthly)).toEqual(sortedRows(facts));
    },
  );

  it('should read the rollups for whole quarters and the facts otherwise', async () => {
    const spy = jest.spyOn(dataSource, 'query');
    await sut.complaintsPerQuarter('2025-01-01', '2025-03-31', null);
    await sut.handledWithinTerm('2025-01-01', '2025-03-31', null);
    await sut.handledWithinTerm('2025-01-01', '2025-03-30', null);
    await sut.complaintsPerQuarter('2025-01-01', '2025-03-31', 'GM0001');
    // Every municipality: the region twins; one: the rollups themselves.
    expect(spy.mock.calls[0]?.[0]).toContain('FROM case_month_domain_region c');
    expect(spy.mock.calls[0]?.[0]).toContain('FROM case_month_theme_region t');
    expect(spy.mock.calls[1]?.[0]).toContain('FROM complaint_term_monthly t');
    expect(spy.mock.calls[2]?.[0]).toContain('FROM case_record c');
    expect(spy.mock.calls[3]?.[0]).toContain('FROM case_month_domain c');
    expect(spy.mock.calls[3]?.[0]).toContain('FROM case_month_theme t');
    spy.mockRestore();
  });

  it('should only use complaint_term_monthly while the norm fits under its 366-day cap', () => {
    expect(termRuleFitsRollup()).toBe(true);
    expect(termRuleFitsRollup({ ...AWB_9_11, committeeTermDays: 340, maxExtensionDays: 26 })).toBe(false);
    expect(termRuleFitsRollup({ ...AWB_9_11, committeeTermDays: 340, maxExtensionDays: 25 })).toBe(true);
  });
});
