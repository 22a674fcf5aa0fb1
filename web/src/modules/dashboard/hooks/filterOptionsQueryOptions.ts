import { queryOptions } from '@tanstack/react-query';
import type { Dimension } from '@/generated/graphql';
import { createMetricsQuery, type StateFilter } from '@/modules/dashboard/createMetricsQuery';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { metricsQuery } from '@/modules/dashboard/graphql/metricsQuery';
import { graphqlRequest } from '@/lib/graphqlClient';

export interface FilterOption {
  code: string;
  label: string;
}

/**
 * The codes and labels a filter can offer, from the `metrics` query broken down by the dimension:
 * so the list only holds what exists in the period, and the API's disclosure control applies to it
 * too. The filter's own selection is left out, otherwise the list would shrink to what is chosen.
 */
export function filterOptionsQueryOptions(
  state: DashboardState,
  dimension: Dimension,
  ownFilter: StateFilter,
) {
  const variables = createMetricsQuery(state, {
    measures: ['caseCount'],
    dimensions: [dimension],
    compare: false,
    omitFilters: [ownFilter],
  });
  return queryOptions({
    queryKey: ['dashboard:filterOptions', variables],
    queryFn: ({ signal }) => graphqlRequest(metricsQuery, variables, { signal }),
    select: (data): FilterOption[] =>
      data.metrics.rows
        .flatMap((row) => row.dimensions.filter((member) => member.dimension === dimension))
        .map(({ code, label }) => ({ code, label }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  });
}
