import {
  describeFilters,
  IndicatorParamError,
  parseIndicatorQuery,
  periodRange,
} from './indicator-api.params';

describe('parseIndicatorQuery', () => {
  it('should turn the Dutch parameters into the dashboard GraphQL query', () => {
    expect(
      parseIndicatorQuery('caseCount', {
        periode: '2025-K2',
        indeling: 'maand',
        uitsplitsing: 'thema,domein',
        domein: ['wmo', 'jeugd'],
        soort: 'klacht',
        gemeente: 'GM0344',
      }),
    ).toEqual({
      measures: ['caseCount'],
      dimensions: ['theme', 'domain'],
      granularity: 'MONTH',
      dateRange: { from: '2025-04-01', to: '2025-06-30' },
      filters: { municipality: ['GM0344'], domain: ['wmo', 'jeugd'], kind: ['klacht'] },
      comparison: 'NONE',
    });
  });

  it('should read periods as a year, a month or a quarter', () => {
    expect(periodRange('2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(periodRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('2024-k4')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(() => periodRange('2024-13')).toThrow(IndicatorParamError);
  });

  it('should refuse what the caller got wrong, in Dutch', () => {
    const bad = (query: Record<string, string>) => () => parseIndicatorQuery('caseCount', query);
    expect(bad({ van: '2025-01-01' })).toThrow(/Geef de periode/);
    expect(bad({ periode: '2025', van: '2025-01-01' })).toThrow(/óf periode/);
    expect(bad({ van: '2025-02-01', tot: '2025-01-01' })).toThrow(/van moet vóór/);
    expect(bad({ periode: '2025', uitsplitsing: 'thema,domein,soort' })).toThrow(/hoogstens 2/);
    expect(bad({ periode: '2025', uitsplitsing: 'domein,domein' })).toThrow(/maar één keer/);
    expect(bad({ periode: '2025', subthema: 'x' })).toThrow(/Onbekende parameter: subthema/);
    expect(bad({ periode: '2025', domein: '<script>' })).toThrow(/Ongeldige code in domein/);
  });

  it('should describe the filters for the CSV column in parameter order', () => {
    expect(describeFilters({ kind: ['klacht'], domain: ['wmo', 'jeugd'] })).toBe(
      'domein=wmo,jeugd&soort=klacht',
    );
  });
});
