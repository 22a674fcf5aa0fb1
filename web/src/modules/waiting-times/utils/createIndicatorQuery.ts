import type { IndicatorDimension, IndicatorQueryInput } from '@/generated/graphql';
import { intervalToGranularity, type DashboardState } from '@/modules/dashboard/dashboardState';

interface IndicatorPanelParams {
  dimension?: IndicatorDimension;
  /** True: one row per bucket of the state's interval. */
  timeSeries?: boolean;
}

/**
 * The URL state as an `IndicatorQueryInput` (handlingTimes, waitingTimeComplaints). Same filters as
 * createMetricsQuery; the source filter (`bron`) has no counterpart in these queries.
 */
export function createIndicatorQuery(
  state: DashboardState,
  panel: IndicatorPanelParams,
): IndicatorQueryInput {
  const filters: NonNullable<IndicatorQueryInput['filters']> = {};
  if (state.municipalities.length > 0) filters.municipality = [...state.municipalities];
  if (state.domains.length > 0) filters.domain = [...state.domains];
  if (state.providers.length > 0) filters.subjectOrganisation = [...state.providers];
  return {
    dateRange: { from: state.from, to: state.to },
    dimension: panel.dimension ?? null,
    granularity: panel.timeSeries ? intervalToGranularity[state.interval] : null,
    filters,
  };
}
