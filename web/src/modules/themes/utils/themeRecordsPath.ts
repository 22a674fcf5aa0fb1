import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { serializeRecordsState } from '@/modules/records/utils/recordsState';

/**
 * The Dossiers page filtered on one theme and the period of the dashboard (and its domain when
 * exactly one is chosen, as the records filter takes one), so the records match the figure.
 */
export function themeRecordsPath(themeCode: string, state: DashboardState): string {
  const params = serializeRecordsState({
    search: null,
    theme: themeCode,
    domain: state.domains.length === 1 ? (state.domains[0] ?? null) : null,
    kind: null,
    from: state.from,
    to: state.to,
    page: 1,
    selectedId: null,
  });
  return `/dossiers?${params.toString()}`;
}
