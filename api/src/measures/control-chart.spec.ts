import { ChartInput, uChart } from './control-chart';

const months = (counts: readonly (number | null)[], exposure = 50): ChartInput[] =>
  counts.map((count, index) => ({
    period: `${2023 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`,
    count,
    exposure,
  }));
// 12 baseline months around 20 complaints (rate 0.4 per 1,000 with 50,000 inhabitants), then 12 after.
const BASELINE = [18, 22, 19, 21, 20, 23, 17, 20, 21, 19, 22, 18];
const EFFECTIVE = '2024-01-01';

describe(uChart.name, () => {
  it('should put the centre line at total events over total exposure of the baseline', () => {
    const chart = uChart(months([...BASELINE, ...BASELINE]), EFFECTIVE);
    expect(chart.centreLine).toBeCloseTo(240 / 600, 4);
    const limit = 3 * Math.sqrt(0.4 / 50);
    expect(chart.points[0]!.upperLimit).toBeCloseTo(0.4 + limit, 4);
    expect(chart.points[0]!.lowerLimit).toBeCloseTo(0.4 - limit, 4);
  });

  it('should call a real drop a clear decrease', () => {
    const chart = uChart(months([...BASELINE, 8, 7, 9, 6, 8, 7, 9, 8, 7, 6, 8, 7]), EFFECTIVE);
    expect(chart.verdict).toBe('duidelijke_daling');
    expect(chart.afterRate).toBeLessThan(chart.centreLine!);
  });

  it('should call a sustained small shift a clear change by the run rule', () => {
    // 16-17 instead of ~20: within the limits each month, but eight months in a row below the centre.
    const chart = uChart(months([...BASELINE, 17, 16, 17, 16, 17, 16, 17, 16]), EFFECTIVE);
    expect(chart.points.filter((point) => point.after && point.beyondLimits)).toHaveLength(0);
    expect(chart.verdict).toBe('duidelijke_daling');
  });

  it('should call noise normal variation', () => {
    const chart = uChart(months([...BASELINE, 21, 18, 20, 23, 17, 22, 19, 20, 18, 21, 22, 19]), EFFECTIVE);
    expect(chart.verdict).toBe('normale_variatie');
  });

  it('should call a rise a clear increase', () => {
    const chart = uChart(months([...BASELINE, 40, 42, 38]), EFFECTIVE);
    expect(chart.verdict).toBe('duidelijke_stijging');
  });

  it('should say too little data with too few cases before the measure', () => {
    const chart = uChart(months([1, 2, 1, 0, 2, 1, 0, 0, 0, 0, 0, 0], 50), '2023-07-01');
    expect(chart.verdict).toBe('te_weinig_gegevens');
  });

  it('should say too little data with too few months after the effect date', () => {
    const chart = uChart(months([...BASELINE, 5, 4]), EFFECTIVE);
    expect(chart.verdict).toBe('te_weinig_gegevens');
  });

  it('should say too little data when a month is suppressed for the viewer', () => {
    const chart = uChart(months([...BASELINE, 8, null, 9, 6]), EFFECTIVE);
    expect(chart.verdict).toBe('te_weinig_gegevens');
  });
});
