import { basedOn, discloseCount, exact, protectCount, rate, SUPPRESSED } from './disclosure';
import { snapToGrid } from './aggregate-grid';

describe('disclosure', () => {
  describe(discloseCount.name, () => {
    it('should give the exact count when disclosure control does not apply', () => {
      expect(discloseCount({ count: 3, keySum: 40 }, { threshold: 5 }, false)).toEqual(exact(3));
    });

    it('should give the protected count when it applies', () => {
      const cell = { count: 23, keySum: 1234 };
      expect(discloseCount(cell, { threshold: 5 }, true)).toEqual(protectCount(cell, { threshold: 5 }));
    });

    it('should honour a configurable k', () => {
      // 7 with key 100 is published as 7 (key 100 lies in the "0" band of the large-count row).
      expect(protectCount({ count: 7, keySum: 100 }, { threshold: 5 })).toEqual(exact(7));
      expect(protectCount({ count: 7, keySum: 100 }, { threshold: 10 })).toEqual(SUPPRESSED);
    });
  });

  describe(rate.name, () => {
    it('should derive a rate from published counts and hide it when either is hidden', () => {
      expect(rate(exact(22), exact(23))).toEqual(exact((22 / 23) * 100));
      expect(rate(SUPPRESSED, exact(23))).toEqual(SUPPRESSED);
      expect(rate(exact(2), SUPPRESSED)).toEqual(SUPPRESSED);
      expect(rate(exact(0), exact(0))).toEqual(exact(null));
    });
  });

  describe(basedOn.name, () => {
    it('should withhold a median when its base count is hidden', () => {
      expect(basedOn(SUPPRESSED, 12)).toEqual(SUPPRESSED);
      expect(basedOn(exact(9), 12)).toEqual(exact(12));
    });
  });

  describe(snapToGrid.name, () => {
    it('should widen a range to whole months', () => {
      expect(snapToGrid({ from: '2025-01-15', to: '2025-02-03' }, 'MONTH')).toEqual({
        from: '2025-01-01',
        to: '2025-02-28',
      });
      expect(snapToGrid({ from: '2024-02-01', to: '2024-02-29' }, null)).toEqual({
        from: '2024-02-01',
        to: '2024-02-29',
      });
    });

    it('should refuse weeks with a Dutch message', () => {
      expect(() => snapToGrid({ from: '2025-01-01', to: '2025-01-31' }, 'WEEK')).toThrow(/per week/);
    });
  });
});
