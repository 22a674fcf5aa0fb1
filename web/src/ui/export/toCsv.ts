import { SUPPRESSED_EXPLANATION, SUPPRESSED_VALUE } from '@/lib/format';
import { exportCellText } from '@/ui/export/exportCellText';
import { guardFormula } from '@/ui/export/guardFormula';
import { hasSuppressedCell } from '@/ui/table/hasSuppressedCell';
import type { TableData } from '@/ui/table/tableData';

const SEPARATOR = ';';
const BOM = '\uFEFF';

function quote(field: string): string {
  return /[;"\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * The table as CSV for Dutch Excel: UTF-8 with BOM (else Excel guesses Windows-1252 and breaks
 * "ë"), semicolons (the comma is the decimal sign), CRLF line ends, suppressed cells as "×". When
 * a cell was withheld, an empty line and the explanation of "×" follow the table, as on screen.
 */
export function toCsv(table: TableData): string {
  const header = [table.rowHeaderLabel, ...table.columns.map((column) => column.label)].map(guardFormula);
  const rows = table.rows.map((row) => [guardFormula(row.header), ...row.cells.map(exportCellText)]);
  const lines = [header, ...rows].map((fields) => fields.map(quote).join(SEPARATOR));
  if (hasSuppressedCell(table)) lines.push('', quote(`${SUPPRESSED_VALUE}: ${SUPPRESSED_EXPLANATION}`));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
