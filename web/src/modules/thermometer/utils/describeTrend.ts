import { formatNumber } from '@/lib/format';
import { formatQuarter } from '@/modules/thermometer/utils/formatQuarter';

interface TrendPoint {
  quarter: string;
  count?: number | null;
  suppressed: boolean;
}

/** The sparkline in words: first and last shown quarter, for screen readers and print. */
export function describeTrend(trend: readonly TrendPoint[]): string {
  const shown = trend.filter(
    (point) => !point.suppressed && point.count !== null && point.count !== undefined,
  );
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last || first === last) {
    return 'Te weinig kwartalen met cijfers voor een trend.';
  }
  return `Klachten: ${formatNumber(first.count ?? 0)} in ${formatQuarter(first.quarter)}, ${formatNumber(last.count ?? 0)} in ${formatQuarter(last.quarter)}.`;
}
