import { queryOptions } from '@tanstack/react-query';
import type { FilterOption } from '@/modules/dashboard/hooks/filterOptionsQueryOptions';
import { municipalitiesQuery } from '@/modules/dashboard/graphql/municipalitiesQuery';
import { graphqlRequest } from '@/lib/graphqlClient';

/** The municipality filter's options: every municipality of the installation the viewer may see. */
export function municipalityOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['dashboard:municipalities'],
    queryFn: ({ signal }) => graphqlRequest(municipalitiesQuery, {}, { signal }),
    select: (data): FilterOption[] =>
      data.municipalities.map(({ code, name, region }) => ({
        code,
        label: region ? `${name} (${region})` : name,
      })),
    staleTime: 30 * 60_000,
  });
}
