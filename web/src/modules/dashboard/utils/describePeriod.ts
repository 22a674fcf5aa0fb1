import { formatDate } from '@/lib/format';
import type { DashboardState } from '@/modules/dashboard/dashboardState';

/** "1 november 2025 tot en met 31 oktober 2026", for captions and summaries. */
export function describePeriod(state: Pick<DashboardState, 'from' | 'to'>): string {
  return `${formatDate(state.from)} tot en met ${formatDate(state.to)}`;
}
