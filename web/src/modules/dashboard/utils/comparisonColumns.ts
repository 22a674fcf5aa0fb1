import type { MetricsQuery } from '@/generated/graphql';
import type { CompareMode } from '@/modules/dashboard/dashboardState';
import type { TableCell, TableColumn } from '@/ui/table/tableData';

export type MetricValue = MetricsQuery['metrics']['rows'][number]['values'][number];

export const SMALL_NUMBERS_WARNING = 'Let op: kleine aantallen';

const comparedWith: { readonly [C in Exclude<CompareMode, 'geen'>]: string } = {
  'vorige-periode': 'Vorige periode',
  'vorig-jaar': 'Zelfde periode vorig jaar',
};

/**
 * The comparison columns after a value column: previous value, change, relative change (counts) or
 * percentage points (rates), and the small-numbers warning. The API computes every number
 * (style rule 6); this only lays them out. No columns without a comparison.
 */
export function comparisonColumns(compare: CompareMode, kind: 'count' | 'ratio'): TableColumn[] {
  if (compare === 'geen') return [];
  return [
    { key: 'previous', label: comparedWith[compare] },
    { key: 'change', label: 'Verschil' },
    kind === 'count'
      ? { key: 'changePercentage', label: 'Verschil in %' }
      : { key: 'changePercentagePoints', label: 'Verschil in procentpunten' },
    { key: 'warning', label: 'Opmerking' },
  ];
}

/** The cells for comparisonColumns, for one value from the API. */
export function comparisonCells(
  compare: CompareMode,
  kind: 'count' | 'ratio',
  value: MetricValue | undefined,
): TableCell[] {
  if (compare === 'geen') return [];
  return [
    {
      kind: 'value',
      value: value?.previousValue ?? null,
      suppressed: value?.previousSuppressed ?? false,
      format: kind === 'count' ? 'number' : 'percent',
    },
    { kind: 'value', value: value?.change ?? null, suppressed: false, format: 'signedNumber' },
    kind === 'count'
      ? {
          kind: 'value',
          value: value?.changePercentage ?? null,
          suppressed: false,
          format: 'changePercentage',
        }
      : {
          kind: 'value',
          value: value?.changePercentagePoints ?? null,
          suppressed: false,
          format: 'percentagePoints',
        },
    { kind: 'text', text: value?.smallNumbers ? SMALL_NUMBERS_WARNING : '' },
  ];
}
