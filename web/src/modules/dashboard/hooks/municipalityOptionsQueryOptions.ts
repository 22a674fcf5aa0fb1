import { queryOptions } from '@tanstack/react-query';
import type { FilterOption } from '@/modules/dashboard/hooks/filterOptionsQueryOptions';
import { municipalitiesQuery } from '@/modules/dashboard/graphql/municipalitiesQuery';
import { graphqlRequest } from '@/lib/graphqlClient';

interface Municipality {
  code: string;
  name: string;
  region?: string | null;
}

/**
 * The municipality filter's options: first each region with more than one municipality (the option
 * stands for all of them, codes joined with ','), then every municipality the viewer may see.
 */
export function municipalityFilterOptions(municipalities: readonly Municipality[]): FilterOption[] {
  const regions = new Map<string, string[]>();
  for (const { code, region } of municipalities) {
    if (region) regions.set(region, [...(regions.get(region) ?? []), code]);
  }
  const regionOptions = [...regions]
    .filter(([, codes]) => codes.length > 1)
    .sort(([a], [b]) => a.localeCompare(b, 'nl'))
    .map(([region, codes]) => ({
      code: codes.join(','),
      label: `Regio ${region} (alle ${codes.length} gemeenten)`,
    }));
  return [...regionOptions, ...municipalities.map(({ code, name }) => ({ code, label: name }))];
}

export function municipalityOptionsQueryOptions() {
  return queryOptions({
    queryKey: ['dashboard:municipalities'],
    queryFn: ({ signal }) => graphqlRequest(municipalitiesQuery, {}, { signal }),
    select: (data): FilterOption[] => municipalityFilterOptions(data.municipalities),
    staleTime: 30 * 60_000,
  });
}
