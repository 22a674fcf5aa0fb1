import { DataSource } from 'typeorm';
import { HandlingTimeFamilyName } from '../handling-times/handling-times.catalog';
import { chooseIndicatorGrain } from '../handling-times/indicator-grain';
import { IndicatorSelection } from '../handling-times/indicator-sql';
import { openRollupFacts, RollupFactsDatabase, sortedRows } from '../handling-times/testing/rollup-fixtures';
import { OUTCOME_MONTH_ROLLUPS, OutcomeDimensionName, OutcomeMonthRollup } from './outcomes.catalog';
import { chooseOutcomeSource, OutcomesRepository } from './outcomes.repository';

type Selection = IndicatorSelection<OutcomeDimensionName>;

function selection(overrides: Partial<Selection>): Selection {
  return {
    from: '2024-01-01',
    to: '2025-12-31',
    granularity: 'QUARTER',
    dimension: null,
    filters: {},
    ...overrides,
  };
}

describe(OutcomesRepository.name, () => {
  let facts: RollupFactsDatabase | undefined;
  let dataSource: DataSource;
  let sut: OutcomesRepository;

  beforeAll(async () => {
    facts = await openRollupFacts();
    dataSource = facts.dataSource;
    sut = new OutcomesRepository(dataSource);
  });

  afterAll(() => facts?.close());

  const cases: [string, HandlingTimeFamilyName, Partial<Selection>][] = [
    ['complaints per quarter x domain', 'klacht', { dimension: 'domain' }],
    [
      'complaints per month x line, one municipality',
      'klacht',
      { granularity: 'MONTH', dimension: 'line', filters: { municipality: ['GM0002'] } },
    ],
    ['complaints per year x theme', 'klacht', { granularity: 'YEAR', dimension: 'theme' }],
    [
      'complaints half year x subject organisation',
      'klacht',
      { granularity: 'HALF_YEAR', dimension: 'subjectOrganisation' },
    ],
    [
      'complaints x law, filtered on line and theme',
      'klacht',
      {
        granularity: null,
        dimension: 'law',
        filters: { line: ['tweede_lijn'], theme: ['geen', 'wachttijd'] },
      },
    ],
    ['objections per quarter x law', 'bezwaar', { dimension: 'law' }],
    ['complaints per quarter, filtered on theme', 'klacht', { filters: { theme: ['wachttijd', 'geen'] } }],
    ['objections per month x theme', 'bezwaar', { granularity: 'MONTH', dimension: 'theme' }],
    [
      'objections one month, filtered on domain',
      'bezwaar',
      { granularity: null, from: '2025-03-01', to: '2025-03-31', filters: { domain: ['wmo'] } },
    ],
  ];

  it.each(cases)(
    'should give the same counts from the outcome rollup it picks and case_outcome_daily: %s',
    async (_, family, overrides) => {
      const query = selection(overrides);
      expect(chooseIndicatorGrain(query)).toBe('month');
      const monthly = await sut.counts(family, query);
      const daily = await sut.counts(family, query, 'case_outcome_daily');
      expect(monthly.length).toBeGreaterThan(0);
      expect(sortedRows(monthly)).toEqual(sortedRows(daily));
    },
  );

  it.each(Object.keys(OUTCOME_MONTH_ROLLUPS) as OutcomeMonthRollup[])(
    'should give from %s what case_outcome_daily gives for a question by domain and law',
    async (rollup) => {
      for (const family of ['klacht', 'bezwaar'] as const) {
        const query = selection({
          dimension: 'domain',
          filters: { law: ['Wmo 2015', 'onbekend', 'Jeugdwet'] },
        });
        const fromRollup = await sut.counts(family, query, rollup);
        expect(fromRollup.length).toBeGreaterThan(0);
        expect(sortedRows(fromRollup)).toEqual(
          sortedRows(await sut.counts(family, query, 'case_outcome_daily')),
        );
      }
    },
  );

  it('should list the outcome rollups of the catalog, with their columns, in the SQL that writes them', async () => {
    const rows = await dataSource.query<{ rollup_name: string; columns: string[] }[]>(
      'SELECT rollup_name, columns FROM outcome_month_rollups()',
    );
    expect(Object.fromEntries(rows.map((row) => [row.rollup_name, row.columns]))).toEqual(
      OUTCOME_MONTH_ROLLUPS,
    );
    expect(rows.map((row) => row.rollup_name)).toEqual(Object.keys(OUTCOME_MONTH_ROLLUPS));
  });

  it('should pick the smallest outcome rollup that holds every used column, else the day grain', async () => {
    expect(chooseOutcomeSource(selection({ dimension: 'domain' }))).toBe('outcome_month_line');
    expect(chooseOutcomeSource(selection({ dimension: 'subjectOrganisation' }))).toBe(
      'outcome_month_subject',
    );
    expect(chooseOutcomeSource(selection({ dimension: 'theme', filters: { law: ['Wmo 2015'] } }))).toBe(
      'outcome_month_theme',
    );
    expect(chooseOutcomeSource(selection({ dimension: 'theme', filters: { line: ['tweede_lijn'] } }))).toBe(
      'case_outcome_daily',
    );
    expect(chooseOutcomeSource(selection({ from: '2024-01-15' }))).toBe('case_outcome_daily');
    const spy = jest.spyOn(dataSource, 'query');
    await sut.counts('klacht', selection({}));
    expect(spy.mock.calls[0]?.[0]).toContain('FROM outcome_month_line d');
    spy.mockRestore();
  });

  it('should count recommendations in both grains', async () => {
    const rows = await sut.counts('klacht', selection({ granularity: null }));
    expect(rows[0]?.counts.recommendationsMade.count).toBeGreaterThan(0);
    expect(rows[0]?.counts.recommendationsFollowed.count).toBeGreaterThan(0);
  });
});
