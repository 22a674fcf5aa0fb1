import {
  MISSING_VALUE,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatSignedNumber,
  formatChangePercentage,
} from '@/lib/format';

describe('format', () => {
  it('should group thousands with a dot and use a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(12.25)).toBe('12,3');
    expect(formatNumber(0)).toBe('0');
  });

  it('should show a dash for missing or suppressed values, never 0', () => {
    expect(formatNumber(null)).toBe(MISSING_VALUE);
    expect(formatPercent(undefined)).toBe(MISSING_VALUE);
    expect(formatDate(null)).toBe(MISSING_VALUE);
    expect(formatDateTime('')).toBe(MISSING_VALUE);
  });

  it('should format a ratio as a Dutch percentage', () => {
    expect(formatPercent(0.125)).toBe('12,5%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('should format rate changes in percentage points with a sign', () => {
    expect(formatPercentagePoints(1.25)).toBe('+1,3 procentpunt');
    expect(formatPercentagePoints(0)).toBe('0 procentpunt');
    expect(formatPercentagePoints(-2)).toMatch(/^[-−]2 procentpunt$/);
  });

  it('should format calendar dates without shifting the day', () => {
    expect(formatDate('2024-03-05')).toBe('5 maart 2024');
    expect(formatDate('2024-12-31')).toBe('31 december 2024');
    expect(formatDate('geen datum')).toBe(MISSING_VALUE);
  });

  it('should format moments in Dutch local time', () => {
    expect(formatDateTime('2024-03-05T13:45:00Z')).toBe('5 maart 2024 om 14:45');
    expect(formatDateTime('2024-07-01T22:30:00Z')).toBe('2 juli 2024 om 00:30');
  });
});

describe('signed changes', () => {
  it('should show the sign of a change, and no sign for zero', () => {
    expect(formatSignedNumber(3)).toBe('+3');
    expect(formatSignedNumber(-2.5)).toMatch(/^[-−]2,5$/);
    expect(formatSignedNumber(0)).toBe('0');
    expect(formatChangePercentage(12.5)).toBe('+12,5%');
    expect(formatChangePercentage(null)).toBe(MISSING_VALUE);
  });
});
