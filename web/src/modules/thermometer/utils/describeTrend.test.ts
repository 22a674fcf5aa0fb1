import { describeTrend } from '@/modules/thermometer/utils/describeTrend';

describe(describeTrend.name, () => {
  it('should name the first and last quarter with figures, skipping withheld ones', () => {
    expect(
      describeTrend([
        { quarter: '2025-Q1', count: null, suppressed: true },
        { quarter: '2025-Q2', count: 1200, suppressed: false },
        { quarter: '2025-Q3', count: 90, suppressed: false },
      ]),
    ).toMatch(/^Klachten: 1\.200 in .+, 90 in .+\.$/);
  });

  it('should say so when fewer than two quarters have figures', () => {
    expect(describeTrend([{ quarter: '2025-Q1', count: 5, suppressed: false }])).toBe(
      'Te weinig kwartalen met cijfers voor een trend.',
    );
  });
});
