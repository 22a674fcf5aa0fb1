import { computeFunnel } from '@/modules/providers/utils/computeFunnel';

describe(computeFunnel.name, () => {
  it('should put ±2 and ±3 SD limits around the mean count without denominators', () => {
    const funnel = computeFunnel([
      { code: 'a', label: 'A', count: 100 },
      { code: 'b', label: 'B', count: 100 },
      { code: 'c', label: 'C', count: 130 },
      { code: 'd', label: 'D', count: 70 },
      { code: 'e', label: 'E', count: null },
    ]);
    expect(funnel.mode).toBe('count');
    expect(funnel.centre).toBe(100);
    expect(funnel.excluded).toBe(1);
    const [first] = funnel.points;
    expect(first).toMatchObject({ code: 'd', x: 1, y: 70, lower2: 80, upper2: 120, lower3: 70, upper3: 130 });
    expect(funnel.points.map((point) => [point.code, point.position])).toEqual([
      ['d', 'onder-2'],
      ['a', 'binnen'],
      ['b', 'binnen'],
      ['c', 'boven-2'],
    ]);
  });

  it('should draw a funnel around the overall rate when every unit has a denominator', () => {
    const funnel = computeFunnel(
      [
        { code: 'small', label: 'Klein', count: 4, denominator: 100 },
        { code: 'large', label: 'Groot', count: 16, denominator: 900 },
      ],
      1000,
    );
    expect(funnel.mode).toBe('rate');
    expect(funnel.centre).toBeCloseTo(20);
    const [small, large] = funnel.points;
    // p = 0.02; SD at n = 100 is √(0.02/100) = 0.01414 → ±2 SD = 20 ± 28.3 per 1.000, floored at 0.
    expect(small!.upper2).toBeCloseTo(48.28, 1);
    expect(small!.lower2).toBe(0);
    // Limits narrow with size: at n = 900 the SD is a third of that.
    expect(large!.upper2).toBeCloseTo(29.43, 1);
    expect(large!.y).toBeCloseTo(17.78, 1);
    expect(large!.position).toBe('binnen');
  });

  it('should return an empty funnel without known counts', () => {
    expect(computeFunnel([{ code: 'a', label: 'A', count: null }])).toMatchObject({
      mode: 'count',
      centre: 0,
      points: [],
      excluded: 1,
    });
  });
});
