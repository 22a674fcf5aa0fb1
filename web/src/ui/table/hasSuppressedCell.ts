import type { TableData } from '@/ui/table/tableData';

/** True when any cell was withheld, so the privacy explanation must be shown (and exported). */
export function hasSuppressedCell(table: TableData): boolean {
  return table.rows.some((row) => row.cells.some((cell) => cell.kind === 'value' && cell.suppressed));
}
