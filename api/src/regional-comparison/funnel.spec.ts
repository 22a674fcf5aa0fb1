import { buildFunnel, curveInhabitants, funnelPosition, LIMIT_CURVE_POINTS, Z_95 } from './funnel';

describe(buildFunnel.name, () => {
  const units = [
    { key: 'a', count: 50, inhabitants: 50_000 },
    { key: 'b', count: 40, inhabitants: 20_000 },
    { key: 'c', count: 10, inhabitants: 10_000 },
  ];

  it('should take the regional rate and the multiplicative overdispersion from the units', () => {
    const sut = buildFunnel(units);
    expect(sut.regionalRate).toBeCloseTo(1.25, 12);
    expect(sut.overdispersion).toBeCloseTo(4, 12);
    expect(sut.limitsFor(20_000)?.upper95).toBeCloseTo(1.25 + Z_95 * 0.5, 10);
  });

  it('should never narrow the limits (φ < 1 is 1) and not estimate φ from two units', () => {
    const even = [
      { key: 'a', count: 100, inhabitants: 100_000 },
      { key: 'b', count: 100, inhabitants: 100_000 },
      { key: 'c', count: 100, inhabitants: 100_000 },
    ];
    expect(buildFunnel(even).overdispersion).toBe(1);
    expect(buildFunnel(units.slice(0, 2)).overdispersion).toBe(1);
  });

  it('should give no rate and no limits without inhabitants', () => {
    const sut = buildFunnel([]);
    expect(sut.regionalRate).toBeNull();
    expect(sut.limitsFor(1000)).toBeNull();
  });
});

describe(funnelPosition.name, () => {
  it('should tell on which side of which limit a rate lies', () => {
    const limits = { lower95: 1, upper95: 3, lower998: 0.5, upper998: 4 };
    expect([0.4, 0.8, 2, 3.5, 5].map((rate) => funnelPosition(rate, limits))).toEqual([
      'ONDER_998',
      'ONDER_95',
      'BINNEN',
      'BOVEN_95',
      'BOVEN_998',
    ]);
  });
});

describe(curveInhabitants.name, () => {
  it('should span half the smallest to 1.25 times the largest size', () => {
    const sizes = curveInhabitants([10_000, 80_000]);
    expect(sizes).toHaveLength(LIMIT_CURVE_POINTS);
    expect(sizes[0]).toBe(5_000);
    expect(sizes[sizes.length - 1]).toBe(100_000);
  });
});
