import type { ChainQuery } from '@/generated/graphql';
import type { ChartPoint } from '@/ui/charts/chartTypes';
import type { TableData } from '@/ui/table/tableData';

const OBJECTIONS_LABEL = 'Bezwaren (aparte route)';

/**
 * The stages in chain order (never re-sorted: the order is the story), with objections as a last,
 * separate row. Chart and table show the same values.
 */
export function buildChainFunnel(
  data: ChainQuery,
  caption: string,
): { bars: ChartPoint[]; table: TableData } {
  const { stages, objections } = data.chain;
  const items = [
    ...stages.map((stage) => ({ key: stage.code, label: stage.label, value: stage.count })),
    { key: 'bezwaar', label: OBJECTIONS_LABEL, value: objections },
  ];
  return {
    bars: items.map((item) => ({
      x: item.label,
      y: item.value.value ?? null,
      suppressed: item.value.suppressed,
    })),
    table: {
      caption,
      rowHeaderLabel: 'Lijn',
      columns: [{ key: 'count', label: 'Aantal' }],
      rows: items.map((item) => ({
        key: item.key,
        header: item.label,
        cells: [
          {
            kind: 'value',
            value: item.value.value ?? null,
            suppressed: item.value.suppressed,
            format: 'number',
          },
        ],
      })),
    },
  };
}
