import { formatPeriod } from '@/modules/dashboard/utils/formatPeriod';

describe(formatPeriod.name, () => {
  it('should name a bucket in Dutch for each interval', () => {
    expect(formatPeriod('2025-04-01', 'maand')).toBe('apr 2025');
    expect(formatPeriod('2025-04-01', 'kwartaal')).toBe('K2 2025');
    expect(formatPeriod('2025-07-01', 'halfjaar')).toBe('H2 2025');
    expect(formatPeriod('2025-01-01', 'jaar')).toBe('2025');
    expect(formatPeriod('2025-03-03', 'week')).toBe('week van 3 mrt 2025');
  });
});
