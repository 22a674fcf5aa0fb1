import type { Completeness } from '@/generated/graphql';

interface CoverageFacts {
  completeness: Completeness;
  notDelivered: readonly string[];
}

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
