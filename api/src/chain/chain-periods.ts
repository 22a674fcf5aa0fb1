/**
 * The periods chain_period_step holds (sql/views/0420, chain_period_cells()): a calendar month, quarter or
 * year, or 12 whole months ending with a month (the dashboard's default period). `from` and `to` are
 * ISO dates, both ends included.
 */
export function isStoredChainPeriod(from: string, to: string): boolean {
  const first = monthOf(from, 1);
  const last = monthOf(to, 'last');
  if (first === null || last === null) return false;
  const months = last - first + 1;
  return months === 1 || months === 12 || (months === 3 && first % 3 === 0);
}

/** Months since year 0 when `date` is the month's first (1) or last day, else null. */
function monthOf(date: string, day: 1 | 'last'): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return dayOfMonth === (day === 1 ? 1 : lastDay) ? year * 12 + month - 1 : null;
}
