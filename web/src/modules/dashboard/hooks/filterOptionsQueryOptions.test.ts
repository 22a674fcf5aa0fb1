import type { MetricsQuery, MetricsQueryVariables } from '@/generated/graphql';
import { defaultDashboardState } from '@/modules/dashboard/dashboardState';
import { filterOptionsQueryOptions } from '@/modules/dashboard/hooks/filterOptionsQueryOptions';
import { caseCountValue } from '@/testing/metricsFixture';

function providers(disclosureControl: boolean): MetricsQuery {
  const row = (code: string, label: string, value: number | null) => ({
    period: null,
    complete: true,
    dimensions: [{ dimension: 'subjectOrganisation' as const, code, label }],
    values: [caseCountValue(value)],
  });
  return {
    metrics: {
      disclosureControl,
      rows: [row('zorg-b', 'Zorg B', 40), row('zorg-a', 'Zorg A', 12), row('zorg-c', 'Zorg C', null)],
      totals: [],
    },
  };
}

describe('filterOptionsQueryOptions', () => {
  const state = { ...defaultDashboardState(new Date(2026, 10, 23)), providers: ['zorg-b'] };
  const options = filterOptionsQueryOptions(state, 'subjectOrganisation', 'subjectOrganisation');

  it('should not filter the list on its own selection', () => {
    const variables = options.queryKey[1] as MetricsQueryVariables;
    expect(variables.query.filters).toEqual({});
  });

  it('should sort the options by Dutch label', () => {
    expect(options.select!(providers(false)).map((option) => option.code)).toEqual([
      'zorg-a',
      'zorg-b',
      'zorg-c',
    ]);
  });

  it('should leave out members whose count is withheld for a role with disclosure control', () => {
    expect(options.select!(providers(true)).map((option) => option.label)).toEqual(['Zorg A', 'Zorg B']);
  });
});
