import {
  SUPPRESSED_VALUE,
  formatChangePercentage,
  formatNumber,
  formatPercent,
  formatPercentagePoints,
  formatSignedNumber,
} from '@/lib/format';
import type { TableCell } from '@/ui/table/tableData';

/** The text of a cell on screen, in Dutch notation. */
export function cellText(cell: TableCell): string {
  if (cell.kind === 'text') return cell.text;
  if (cell.suppressed) return SUPPRESSED_VALUE;
  switch (cell.format) {
    case 'number':
      return formatNumber(cell.value);
    case 'percent':
      return formatPercent(cell.value);
    case 'signedNumber':
      return formatSignedNumber(cell.value);
    case 'changePercentage':
      return formatChangePercentage(cell.value);
    case 'percentagePoints':
      return formatPercentagePoints(cell.value);
  }
}
