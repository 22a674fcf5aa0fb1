import type { ChainQuery } from '@/generated/graphql';
import type { ChartPoint } from '@/ui/charts/chartTypes';
import { derivedCell } from '@/ui/table/derivedCell';
import type { TableData } from '@/ui/table/tableData';

/** Citizens who went on to a next line: counts only (never who), as bars of `moved` and a table. */
export function buildChainTransitions(
  data: ChainQuery,
  caption: string,
): { bars: ChartPoint[]; table: TableData; hasHidden: boolean } {
  const { transitions } = data.chain;
  return {
    bars: transitions.map((step) => ({
      x: step.label,
      y: step.moved.value ?? null,
      suppressed: step.moved.suppressed,
    })),
    hasHidden: transitions.some((step) => step.movedPercentage.suppressed),
    table: {
      caption,
      rowHeaderLabel: 'Stap',
      columns: [
        { key: 'citizens', label: 'Inwoners met een klacht in de eerste lijn' },
        { key: 'moved', label: 'Daarna naar de volgende lijn' },
        { key: 'percentage', label: 'Percentage' },
      ],
      rows: transitions.map((step) => ({
        key: `${step.from}-${step.to}`,
        header: step.label,
        cells: [
          {
            kind: 'value',
            value: step.citizens.value ?? null,
            suppressed: step.citizens.suppressed,
            format: 'number',
          },
          {
            kind: 'value',
            value: step.moved.value ?? null,
            suppressed: step.moved.suppressed,
            format: 'number',
          },
          derivedCell(step.movedPercentage, 'percent', 0.01),
        ],
      })),
    },
  };
}
