import { percentile } from './histogram';

const histogramOf = (values: number[]): Map<number, number> => {
  const histogram = new Map<number, number>();
  for (const value of values) histogram.set(value, (histogram.get(value) ?? 0) + 1);
  return histogram;
};

describe('percentile', () => {
  it('should interpolate like percentile_cont: 10..100 days give median 55 and p90 91', () => {
    const histogram = histogramOf([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(percentile(histogram, 0.5)).toBe(55);
    expect(percentile(histogram, 0.9)).toBe(91);
  });

  it('should return the single value, and null for an empty histogram', () => {
    expect(percentile(histogramOf([7]), 0.9)).toBe(7);
    expect(percentile(new Map(), 0.5)).toBeNull();
  });

  it('should be null when the percentile reaches the "more than 365 days" bucket', () => {
    expect(percentile(histogramOf([10, 366, 366]), 0.5)).toBeNull();
    expect(percentile(histogramOf([10, 20, 366]), 0.5)).toBe(20);
  });
});
