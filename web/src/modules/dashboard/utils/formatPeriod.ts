import type { Interval } from '@/modules/dashboard/dashboardState';

const monthFormat = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The start of a time bucket ("2025-04-01") as its Dutch name for the interval: "apr 2025", "K2 2025". */
export function formatPeriod(isoDate: string, interval: Interval): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (interval) {
    case 'week':
      return `week van ${dayFormat.format(date)}`;
    case 'maand':
      return monthFormat.format(date);
    case 'kwartaal':
      return `K${Math.floor(month / 3) + 1} ${year}`;
    case 'halfjaar':
      return `H${month < 6 ? 1 : 2} ${year}`;
    case 'jaar':
      return String(year);
  }
}
