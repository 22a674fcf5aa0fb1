import type { MetricsQuery } from '@/generated/graphql';
import type { DashboardState } from '@/modules/dashboard/dashboardState';
import { comparisonCells, comparisonColumns } from '@/modules/dashboard/utils/comparisonColumns';
import type { ChartPoint } from '@/ui/charts/chartTypes';
import type { TableData } from '@/ui/table/tableData';

export interface ThemeBreakdown {
  table: TableData;
  bars: ChartPoint[];
  hasSmallNumbers: boolean;
}

/**
 * caseCount per theme, largest first; suppressed themes last (their order would hint at the value).
 * Chart and table share the order and the values.
 */
export function buildThemeBreakdown(
  data: MetricsQuery,
  state: DashboardState,
  caption: string,
): ThemeBreakdown {
  const themes = data.metrics.rows
    .map((row) => ({
      member: row.dimensions.find((dimension) => dimension.dimension === 'theme'),
      value: row.values.find((value) => value.measure === 'caseCount'),
    }))
    .filter(
      (theme): theme is typeof theme & { member: NonNullable<typeof theme.member> } =>
        theme.member !== undefined,
    )
    .sort(
      (a, b) =>
        (b.value?.value ?? -1) - (a.value?.value ?? -1) || a.member.label.localeCompare(b.member.label, 'nl'),
    );

  return {
    bars: themes.map(({ member, value }) => ({
      x: member.label,
      y: value?.value ?? null,
      suppressed: value?.suppressed ?? false,
    })),
    hasSmallNumbers: themes.some(({ value }) => value?.smallNumbers === true),
    table: {
      caption,
      rowHeaderLabel: 'Thema',
      columns: [{ key: 'value', label: 'Aantal' }, ...comparisonColumns(state.compare, 'count')],
      rows: themes.map(({ member, value }) => ({
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
