import type { Dimension, Measure, MetricsFilterInput, MetricsQueryVariables } from '@/generated/graphql';
import {
  compareToComparison,
  intervalToGranularity,
  type DashboardState,
} from '@/modules/dashboard/dashboardState';

/** Which filter of the URL state a panel leaves out (a filter-options list must not filter itself). */
export type StateFilter = 'municipality' | 'domain' | 'sourceOrganisation' | 'subjectOrganisation';

/** What a panel asks for; everything else (period, filters, comparison) comes from the URL state. */
export interface PanelParams {
  measures: readonly Measure[];
  /** At most two (API limit). */
  dimensions?: readonly Dimension[];
  /** True: one row per bucket of the state's interval. False: one value for the whole period. */
  timeSeries?: boolean;
  /** False: never compare, whatever the URL says (e.g. a list of filter options). */
  compare?: boolean;
  omitFilters?: readonly StateFilter[];
}

/**
 * The one function that turns dashboard state into variables of the `metrics` query (style rule 9).
 * Only complete periods are compared (periodToDate false, features.md row 16); the API shapes the
 * result (zero-filled buckets, comparison values, suppression), the web never recomputes that.
 */
export function createMetricsQuery(state: DashboardState, panel: PanelParams): MetricsQueryVariables {
  const stateFilters: { [F in StateFilter]: readonly string[] } = {
    municipality: state.municipalities,
    domain: state.domains,
    sourceOrganisation: state.sources,
    subjectOrganisation: state.providers,
  };
  const filters: MetricsFilterInput = {};
  for (const key of Object.keys(stateFilters) as StateFilter[]) {
    const values = stateFilters[key];
    if (values.length > 0 && !panel.omitFilters?.includes(key)) filters[key] = [...values];
  }
  return {
    query: {
      measures: [...panel.measures],
      dimensions: panel.dimensions ? [...panel.dimensions] : [],
      dateRange: { from: state.from, to: state.to },
      granularity: panel.timeSeries ? intervalToGranularity[state.interval] : null,
      comparison: panel.compare === false ? 'NONE' : compareToComparison[state.compare],
      periodToDate: false,
      filters,
    },
  };
}
