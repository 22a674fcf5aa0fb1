import { sparklinePath } from '@/modules/thermometer/utils/sparklinePath';

describe(sparklinePath.name, () => {
  it('should scale the values from 0 to the largest over the width', () => {
    expect(sparklinePath([0, 5, 10], 100, 20)).toBe('M0 20 L50 10 L100 0');
  });

  it('should break the line at a withheld value', () => {
    expect(sparklinePath([4, null, 2, 4], 30, 10)).toBe('M0 0 M20 5 L30 0');
  });

  it('should draw a flat line at the bottom when everything is 0, and nothing without values', () => {
    expect(sparklinePath([0, 0], 10, 8)).toBe('M0 8 L10 8');
    expect(sparklinePath([null, null], 10, 8)).toBe('');
  });
});
