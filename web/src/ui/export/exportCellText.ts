import { MISSING_VALUE, SUPPRESSED_VALUE } from '@/lib/format';
import { guardFormula } from '@/ui/export/guardFormula';
import type { TableCell } from '@/ui/table/tableData';

/** 1234.56 → "1234,6": decimal comma for Dutch Excel, no thousands dot, ASCII minus, no plus sign. */
function plainNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded).replace('.', ',');
}

/**
 * A cell as it goes into a CSV: the same value as on screen, written so Dutch Excel reads it as a
 * number. Numbers are built here and cannot start a formula; only text from the data is guarded.
 */
export function exportCellText(cell: TableCell): string {
  if (cell.kind === 'text') return guardFormula(cell.text);
  if (cell.suppressed) return SUPPRESSED_VALUE;
  if (cell.value === null) return MISSING_VALUE;
  switch (cell.format) {
    case 'number':
    case 'signedNumber':
    case 'percentagePoints':
      return plainNumber(cell.value);
    case 'percent':
      return `${plainNumber(cell.value * 100)}%`;
    case 'changePercentage':
      return `${plainNumber(cell.value)}%`;
  }
}
