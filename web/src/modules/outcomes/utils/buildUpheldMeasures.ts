import type { UpheldMeasuresQuery } from '@/generated/graphql';
import { remedyLabels } from '@/modules/outcomes/utils/remedyLabels';
import type { ChartPoint } from '@/ui/charts/chartTypes';
import { derivedCell } from '@/ui/table/derivedCell';
import type { TableData } from '@/ui/table/tableData';

export interface UpheldMeasures {
  table: TableData;
  bars: ChartPoint[];
}

/** Per measure: the upheld complaints carrying it (bars, most first) and their share (table). */
export function buildUpheldMeasures(data: UpheldMeasuresQuery, caption: string): UpheldMeasures {
  const rows = [...data.upheldComplaintMeasures.measures]
    .map((row) => ({ ...row, label: remedyLabels[row.measure] ?? row.measure }))
    .sort((a, b) => (b.count.value ?? -1) - (a.count.value ?? -1) || a.label.localeCompare(b.label, 'nl'));
  return {
    bars: rows.map((row) => ({ x: row.label, y: row.count.value ?? null, suppressed: row.count.suppressed })),
    table: {
      caption,
      rowHeaderLabel: 'Maatregel',
      columns: [
        { key: 'count', label: 'Gegronde klachten met deze maatregel' },
        { key: 'share', label: 'Deel van de gegronde klachten' },
      ],
      rows: rows.map((row) => ({
        key: row.measure,
        header: row.label,
        cells: [
          {
            kind: 'value',
            value: row.count.value ?? null,
            suppressed: row.count.suppressed,
            format: 'number',
          },
          derivedCell(row.share, 'percent', 0.01),
        ],
      })),
    },
  };
}
