import type { Completeness } from '@/generated/graphql';

interface CoverageFacts {
  completeness: Completeness;
  notDelivered: readonly string[];
}

/** The completeness of a period in one word or two, for a table cell. */
export const completenessLabels: { readonly [C in Completeness]: string } = {
  definitief: 'Definitief',
  voorlopig: 'Voorlopig',
  nog_niet_geleverd: 'Nog niet geleverd',
};

/** Short word after a period, e.g. in a chart axis: '' when definitive. */
export function coverageSuffix(coverage: CoverageFacts): string {
  if (coverage.completeness === 'nog_niet_geleverd') return ' (nog niet geleverd)';
  return coverage.completeness === 'voorlopig' ? ' (voorlopig)' : '';
}

/** The sentence in the table: which sources still have to deliver (docs/indicators/coverage.md). */
export function describeCoverage(coverage: CoverageFacts): string {
  switch (coverage.completeness) {
    case 'definitief':
      return 'Definitief';
    case 'nog_niet_geleverd':
      return 'Nog niet geleverd door de bronnen';
    case 'voorlopig':
      return `Voorlopig: nog niet (helemaal) geleverd door ${coverage.notDelivered.join(', ')}`;
  }
}
