import { createMetricsQuery } from '@/modules/dashboard/createMetricsQuery';
import { parseDashboardState } from '@/modules/dashboard/dashboardState';

const today = new Date(2026, 10, 23);
const state = parseDashboardState(
  new URLSearchParams(
    'van=2025-01-01&tot=2025-12-31&interval=kwartaal&gemeente=GM0344&domein=wmo&aanbieder=zorg-a&bron=kcc&vergelijk=vorige-periode',
  ),
  today,
);

describe(createMetricsQuery.name, () => {
  it('should build a time series with every filter and the comparison from the URL', () => {
    expect(createMetricsQuery(state, { measures: ['caseCount'], timeSeries: true })).toEqual({
      query: {
        measures: ['caseCount'],
        dimensions: [],
        dateRange: { from: '2025-01-01', to: '2025-12-31' },
        granularity: 'QUARTER',
        comparison: 'PREVIOUS_PERIOD',
        periodToDate: false,
        filters: {
          municipality: ['GM0344'],
          domain: ['wmo'],
          sourceOrganisation: ['kcc'],
          subjectOrganisation: ['zorg-a'],
        },
      },
    });
  });

  it('should build a breakdown for the whole period without a time bucket', () => {
    const { query } = createMetricsQuery(state, { measures: ['caseCount'], dimensions: ['theme'] });
    expect(query.granularity).toBeNull();
    expect(query.dimensions).toEqual(['theme']);
  });

  it('should leave out the comparison and the omitted filters when a panel asks', () => {
    const { query } = createMetricsQuery(state, {
      measures: ['caseCount'],
      dimensions: ['domain'],
      compare: false,
      omitFilters: ['domain'],
    });
    expect(query.comparison).toBe('NONE');
    expect(query.filters).toEqual({
      municipality: ['GM0344'],
      sourceOrganisation: ['kcc'],
      subjectOrganisation: ['zorg-a'],
    });
  });

  it('should send no filters for the default state', () => {
    const { query } = createMetricsQuery(parseDashboardState(new URLSearchParams(), today), {
      measures: ['caseCount'],
    });
    expect(query.filters).toEqual({});
    expect(query.comparison).toBe('NONE');
  });
});
