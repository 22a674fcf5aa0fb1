import { reportPeriod } from '@/modules/reports/utils/reportPeriod';

describe(reportPeriod.name, () => {
  const custom = { from: '2025-03-01', to: '2025-05-31' };

  it('should give the half years and the year as whole calendar periods', () => {
    expect(reportPeriod('eerste-halfjaar', 2025, custom)).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(reportPeriod('tweede-halfjaar', 2025, custom)).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(reportPeriod('jaar', 2024, custom)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
  });

  it('should keep the chosen dates for another period', () => {
    expect(reportPeriod('anders', 2025, custom)).toEqual(custom);
  });
});
