import { DEFAULT_DISCLOSURE_POLICY, protectCount } from './disclosure';
import { CELL_KEY_MODULUS, cellKey, LARGE_COUNT_ROW, perturbedCount, SMALL_COUNT_ROWS } from './ptable';

const KEYS = Array.from({ length: CELL_KEY_MODULUS }, (_, key) => key);
const outcomes = (count: number): number[] => KEYS.map((key) => perturbedCount(count, key));
const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

describe('perturbation table', () => {
  it('should cover exactly the 256 cell keys in every row', () => {
    for (const row of [...Object.values(SMALL_COUNT_ROWS), LARGE_COUNT_ROW]) {
      expect(row.reduce((sum, [, keys]) => sum + keys, 0)).toBe(CELL_KEY_MODULUS);
    }
  });

  it('should keep zero at zero for every key', () => {
    expect(new Set(outcomes(0))).toEqual(new Set([0]));
  });

  it('should publish a small count (1..4) only as 0 or 5, and never anything as 1 or 2 or negative', () => {
    for (let count = 1; count <= 4; count += 1) {
      expect([...new Set(outcomes(count))].sort()).toEqual([0, 5]);
    }
    for (let count = 0; count <= 40; count += 1) {
      for (const published of outcomes(count)) {
        expect([1, 2]).not.toContain(published);
        expect(published).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('should bound the noise by 2 from 5 up', () => {
    for (let count = 5; count <= 200; count += 1) {
      for (const published of outcomes(count)) expect(Math.abs(published - count)).toBeLessThanOrEqual(2);
    }
  });

  it('should be unbiased over the keys, with variance 1 from 5 up', () => {
    for (let count = 1; count <= 60; count += 1) {
      const noise = outcomes(count).map((published) => published - count);
      expect(Math.abs(mean(noise))).toBeLessThan(0.01);
      if (count >= 5) expect(mean(noise.map((n) => n * n))).toBeCloseTo(1, 10);
    }
  });

  it('should really perturb: a large count takes five different values over the keys', () => {
    expect(new Set(outcomes(100))).toEqual(new Set([98, 99, 100, 101, 102]));
  });

  it('should take the cell key modulo 256, also for large sums', () => {
    expect(cellKey(0)).toBe(0);
    expect(cellKey(256 * 1000 + 17)).toBe(17);
    expect(perturbedCount(50, cellKey(256 * 7 + 200))).toBe(perturbedCount(50, 200));
  });

  it('should suppress after perturbation whatever lands in 1..k-1, and publish the same value for the same cell', () => {
    for (let count = 0; count <= 20; count += 1) {
      for (const keySum of [0, 99, 170, 171, 255, 1000]) {
        const result = protectCount({ count, keySum }, DEFAULT_DISCLOSURE_POLICY);
        if (result.suppressed) expect(result.value).toBeNull();
        else expect(result.value === 0 || (result.value ?? 0) >= 5).toBe(true);
        // Only a count from 5 up can end up suppressed (as 3 or 4); a small count is 0 or 5.
        if (result.suppressed) expect(count).toBeGreaterThanOrEqual(5);
        expect(protectCount({ count, keySum }, DEFAULT_DISCLOSURE_POLICY)).toEqual(result);
      }
    }
  });
});
