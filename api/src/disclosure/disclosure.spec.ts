import { protectOneWay, protectTwoWay, roundToBase, suppressLines, TwoWayResult } from './disclosure';

const values = (cells: { value: number | null }[]): (number | null)[] => cells.map((cell) => cell.value);

/** No published line may have exactly one unknown: the hidden value would follow by subtraction. */
function expectNoLineWithOneUnknown(result: TwoWayResult): void {
  result.cells.forEach((row, r) => {
    const unknowns = row.filter((cell) => cell.suppressed).length + (result.rowTotals[r]?.suppressed ? 1 : 0);
    expect(unknowns).not.toBe(1);
  });
  result.columnTotals.forEach((columnTotal, c) => {
    const unknowns =
      result.cells.filter((row) => row[c]?.suppressed).length + (columnTotal.suppressed ? 1 : 0);
    expect(unknowns).not.toBe(1);
  });
}

describe('disclosure', () => {
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

    it('should round published counts to 5 only when asked', () => {
      const result = protectOneWay([12, 3, 43, 9], 67, { threshold: 5, roundTo: 5 });
      expect(values(result.cells)).toEqual([10, null, 45, null]);
      expect(result.total.value).toBe(65);
      expect(roundToBase(12.5, 5)).toBe(15);
    });
  });

  describe(protectTwoWay.name, () => {
    it('should iterate across rows and columns until no hidden cell is alone in its line', () => {
      // One small cell at (0,0); the complement in row 0 forces one in its column, and so on.
      const cells = [
        [3, 10, 20],
        [15, 12, 30],
        [25, 40, 11],
      ];
      const result = protectTwoWay(cells);
      expect(result.cells[0]?.[0]?.suppressed).toBe(true);
      expect(result.cells.flat().filter((cell) => cell.suppressed).length).toBeGreaterThanOrEqual(4);
      expectNoLineWithOneUnknown(result);
      // Margins are what a one-way query would publish: 33/57/76 and 43/62/61, grand total 166.
      expect(values(result.rowTotals)).toEqual([33, 57, 76]);
      expect(values(result.columnTotals)).toEqual([43, 62, 61]);
      expect(result.total.value).toBe(166);
    });

    it('should take the smallest complements: a 2x2 block around the small cell', () => {
      const result = protectTwoWay([
        [2, 6, 50],
        [7, 8, 60],
        [40, 50, 70],
      ]);
      expect(result.cells.map(values)).toEqual([
        [null, null, 50],
        [null, null, 60],
        [40, 50, 70],
      ]);
    });

    it('should hide cells of a row whose total a one-way query would hide', () => {
      // Row 1 sums to 3: its margin is hidden (and a complementary margin too), cells follow.
      const result = protectTwoWay([
        [20, 30],
        [0, 3],
        [25, 35],
      ]);
      expect(result.rowTotals[1]).toEqual({ value: null, suppressed: true });
      expect(result.cells[1]?.[1]?.suppressed).toBe(true);
      expectNoLineWithOneUnknown(result);
    });

    it('should publish a table of zeros and large counts untouched', () => {
      const result = protectTwoWay([
        [0, 10],
        [12, 0],
      ]);
      expect(result.cells.flat().some((cell) => cell.suppressed)).toBe(false);
    });

    it('should hide the whole table when everything is small', () => {
      const result = protectTwoWay([
        [1, 1],
        [1, 1],
      ]);
      expect(result.cells.flat().every((cell) => cell.suppressed)).toBe(true);
      expect(result.total.suppressed).toBe(true);
    });
  });

  describe(suppressLines.name, () => {
    it('should never pick a locked index as a complement', () => {
      const flags = suppressLines(
        [3, 50, 60, 113],
        [{ members: [0, 1, 2], total: 3 }],
        { threshold: 5 },
        {
          locked: new Set([1]),
        },
      );
      expect(flags).toEqual([true, false, true, false]);
    });
  });
});
