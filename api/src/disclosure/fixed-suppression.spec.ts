import { protectOneWay } from './fixed-suppression';

const values = (cells: { value: number | null }[]): (number | null)[] => cells.map((cell) => cell.value);

describe('fixed-table suppression (signal evidence)', () => {
  describe(protectOneWay.name, () => {
    it('should publish everything when no count is in 1..k-1', () => {
      const result = protectOneWay([10, 0, 7], 17);
      expect(values(result.cells)).toEqual([10, 0, 7]);
      expect(result.total).toEqual({ value: 17, suppressed: false });
    });

    it('should hide a single small cell and the next-smallest cell so the total does not reveal it', () => {
      const result = protectOneWay([12, 3, 40, 9], 64);
      expect(result.cells).toEqual([
        { value: 12, suppressed: false },
        { value: null, suppressed: true },
        { value: 40, suppressed: false },
        { value: null, suppressed: true },
      ]);
      expect(result.total).toEqual({ value: 64, suppressed: false });
    });

    it('should not add a complement when two cells are already hidden', () => {
      const result = protectOneWay([2, 4, 30], 36);
      expect(values(result.cells)).toEqual([null, null, 30]);
    });

    it('should not treat zero as sensitive, and prefer a non-zero complement over a zero', () => {
      const result = protectOneWay([0, 1, 0, 20, 8], 29);
      expect(values(result.cells)).toEqual([0, null, 0, 20, null]);
    });

    it('should fall back to a zero complement when every other cell is zero', () => {
      // 1 + 0 + 0 = 1: the total is small too, so it is hidden by primary suppression.
      const result = protectOneWay([1, 0, 0], 1);
      expect(result.total.suppressed).toBe(true);
      expect(result.cells.filter((cell) => cell.suppressed)).toHaveLength(1);
    });

    it('should hide everything when all counts are small', () => {
      const result = protectOneWay([1, 2, 1], 4);
      expect(values(result.cells)).toEqual([null, null, null]);
      expect(result.total).toEqual({ value: null, suppressed: true });
    });

    it('should honour a configurable k', () => {
      expect(values(protectOneWay([7, 12, 20], 39, { threshold: 10 }).cells)).toEqual([null, null, 20]);
      expect(values(protectOneWay([7, 12, 20], 39, { threshold: 5 }).cells)).toEqual([7, 12, 20]);
    });
  });
});
