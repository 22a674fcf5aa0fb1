import { checkAnswerSize, MAX_ANSWER_ROWS } from './metrics.service';
import { metricsAnswerRows, ROWS_PER_DIMENSION } from './answer-rows';

const TEN_YEARS = { from: '2016-01-01', to: '2025-12-31' };

describe(metricsAnswerRows.name, () => {
  it('should count periods × rows per dimension × measures', () => {
    expect(metricsAnswerRows({ query: { measures: ['caseCount'], dateRange: TEN_YEARS } })).toBe(1);
    const weeks = metricsAnswerRows({
      query: { measures: ['caseCount'], granularity: 'WEEK', dateRange: TEN_YEARS },
    });
    expect(weeks).toBeGreaterThanOrEqual(521);
    expect(weeks).toBeLessThanOrEqual(523);
    expect(
      metricsAnswerRows({
        query: {
          measures: ['caseCount', 'closedCount'],
          dimensions: ['theme', 'channel'],
          granularity: 'WEEK',
          dateRange: TEN_YEARS,
        },
      }),
    ).toBe(weeks * ROWS_PER_DIMENSION ** 2 * 2);
  });

  it('should not list the periods of an absurd range, nor fail on a malformed one', () => {
    const started = Date.now();
    expect(
      metricsAnswerRows({
        query: {
          measures: ['caseCount'],
          granularity: 'WEEK',
          dateRange: { from: '0001-01-01', to: '9999-12-31' },
        },
      }),
    ).toBe(100 * 53);
    expect(Date.now() - started).toBeLessThan(100);
    expect(
      metricsAnswerRows({ query: { measures: [], granularity: 'WEEK', dateRange: { from: 'x', to: 'y' } } }),
    ).toBe(1);
    expect(metricsAnswerRows({})).toBe(0);
  });
});

describe(checkAnswerSize.name, () => {
  it('should refuse an answer of more than MAX_ANSWER_ROWS rows', () => {
    expect(() => checkAnswerSize(MAX_ANSWER_ROWS, 1)).not.toThrow();
    expect(() => checkAnswerSize(522, 625)).toThrow(/te groot \(326250 rijen/);
  });
});
