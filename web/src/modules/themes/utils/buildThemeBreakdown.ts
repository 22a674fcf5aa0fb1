import type { MetricsQuery } from '@/generated/graphql';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { buildCountBreakdown, type CountBreakdown } from '@/modules/dashboard/utils/buildCountBreakdown';

export type ThemeBreakdown = CountBreakdown;

/** caseCount per theme, largest first (buildCountBreakdown). */
export function buildThemeBreakdown(
  data: MetricsQuery,
  state: DashboardState,
  caption: string,
): ThemeBreakdown {
  return buildCountBreakdown(data, state, 'theme', caption, 'Thema');
}
