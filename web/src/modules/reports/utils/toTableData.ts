import type { ReportContentFragment } from '@/generated/graphql';
import type { TableData } from '@/ui/table/tableData';

export type ReportTableItem = ReportContentFragment['sections'][number]['tables'][number];

/** A report table as the dashboard's DataTable: the server already printed every cell. */
export function toTableData(table: ReportTableItem): TableData {
  return {
    caption: table.caption,
    rowHeaderLabel: table.columns[0] ?? '',
    columns: table.columns.slice(1).map((label, index) => ({ key: `c${index}`, label })),
    rows: table.rows.map((row, index) => ({
      key: `${index}-${row.label}`,
      header: row.label,
      cells: row.cells.map((text) => ({ kind: 'text' as const, text })),
    })),
  };
}
