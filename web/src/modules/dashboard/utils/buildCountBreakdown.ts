import type { Dimension, MetricsQuery } from '@/generated/graphql';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { comparisonCells, comparisonColumns } from '@/modules/dashboard/utils/comparisonColumns';
import type { ChartPoint } from '@/ui/charts/chartTypes';
import type { TableData } from '@/ui/table/tableData';

export interface CountBreakdown {
  table: TableData;
  bars: ChartPoint[];
  hasSmallNumbers: boolean;
}

/**
 * caseCount per member of one dimension, largest first; suppressed members last (their order would
 * hint at the value). Chart and table share the order and the values.
 */
export function buildCountBreakdown(
  data: MetricsQuery,
  state: DashboardState,
  dimension: Dimension,
  caption: string,
  rowHeaderLabel: string,
): CountBreakdown {
  const members = data.metrics.rows
    .map((row) => ({
      member: row.dimensions.find((member) => member.dimension === dimension),
      value: row.values.find((value) => value.measure === 'caseCount'),
    }))
    .filter(
      (entry): entry is typeof entry & { member: NonNullable<typeof entry.member> } =>
        entry.member !== undefined,
    )
    .sort(
      (a, b) =>
        (b.value?.value ?? -1) - (a.value?.value ?? -1) || a.member.label.localeCompare(b.member.label, 'nl'),
    );

  return {
    bars: members.map(({ member, value }) => ({
      x: member.label,
      y: value?.value ?? null,
      suppressed: value?.suppressed ?? false,
    })),
    hasSmallNumbers: members.some(({ value }) => value?.smallNumbers === true),
    table: {
      caption,
      rowHeaderLabel,
      columns: [{ key: 'value', label: 'Aantal' }, ...comparisonColumns(state.compare, 'count')],
      rows: members.map(({ member, value }) => ({
        key: member.code,
        header: member.label,
        cells: [
          {
            kind: 'value',
            value: value?.value ?? null,
            suppressed: value?.suppressed ?? false,
            format: 'number',
          },
          ...comparisonCells(state.compare, 'count', value),
        ],
      })),
    },
  };
}
