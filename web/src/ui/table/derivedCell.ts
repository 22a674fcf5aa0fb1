import type { CellFormat, TableCell } from '@/ui/table/tableData';

interface IndicatorValueLike {
  value?: number | null;
  suppressed: boolean;
}

/**
 * A cell for a figure derived from counts (a percentage, a median). When the API withheld it, the
 * cell says "niet getoond" instead of "<5": "<5" would read as "less than 5%" or "less than 5 days".
 * Counts themselves stay value cells, so the "<5" explanation of ChartPanel still applies to them.
 * `scale` turns an API percentage (0–100) into the ratio formatPercent expects (0.01).
 */
export function derivedCell(input: IndicatorValueLike, format: CellFormat, scale = 1): TableCell {
  if (input.suppressed) return { kind: 'text', text: 'niet getoond' };
  const value = input.value ?? null;
  return { kind: 'value', value: value === null ? null : value * scale, suppressed: false, format };
}
