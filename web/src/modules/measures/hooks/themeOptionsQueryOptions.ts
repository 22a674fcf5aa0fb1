import { queryOptions } from '@tanstack/react-query';
import { graphqlRequest } from '@/lib/graphqlClient';
import { metricsQuery } from '@/modules/dashboard/graphql/metricsQuery';
import { toIsoDate } from '@/modules/dashboard/dashboardState';

/**
 * Themes to link a measure to: those with complaints in the last three years (the metrics query
 * broken down by theme; policy staff see every theme, without disclosure control).
 */
export function themeOptionsQueryOptions(today: Date = new Date()) {
  const to = toIsoDate(today.getFullYear(), today.getMonth(), today.getDate());
  const from = toIsoDate(today.getFullYear() - 3, 0, 1);
  const variables = {
    query: { measures: ['caseCount' as const], dimensions: ['theme' as const], dateRange: { from, to } },
  };
  return queryOptions({
    queryKey: ['measures:themeOptions', variables],
    queryFn: ({ signal }) => graphqlRequest(metricsQuery, variables, { signal }),
    select: (data) =>
      data.metrics.rows
        .flatMap((row) =>
          row.dimensions.filter((member) => member.dimension === 'theme' && member.code !== 'geen'),
        )
        .map(({ code, label }) => ({ code, label }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    staleTime: 5 * 60_000,
  });
}
