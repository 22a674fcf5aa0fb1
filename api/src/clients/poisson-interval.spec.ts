import { poissonInterval } from './poisson-interval';

describe(poissonInterval.name, () => {
  it('should match the exact Poisson interval to within 1% for 10 events (4.80–18.39)', () => {
    const { lower, upper } = poissonInterval(10);
    expect(lower).toBeCloseTo(4.795, 1);
    expect(upper).toBeCloseTo(18.39, 1);
  });

  it('should give 0 as the lower bound and about 3.69 as the upper bound for no events', () => {
    expect(poissonInterval(0).lower).toBe(0);
    expect(poissonInterval(0).upper).toBeCloseTo(3.689, 1);
  });
});
