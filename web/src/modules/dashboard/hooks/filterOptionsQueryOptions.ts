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
 * too: for a role with disclosure control (raad, panel, college) a member whose count is withheld is
 * left out, because even its name in the list would tell that it has a few cases. The filter's own
 * selection is left out of the query, otherwise the list would shrink to what is chosen.
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
        .filter((row) => !data.metrics.disclosureControl || !row.values.some((value) => value.suppressed))
        .flatMap((row) => row.dimensions.filter((member) => member.dimension === dimension))
        .map(({ code, label }) => ({ code, label }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  });
}
