import type { CellFormat, TableCell } from '@/ui/table/tableData';

interface IndicatorValueLike {
  value?: number | null;
  suppressed: boolean;
}

/**
 * A cell for a figure derived from counts (a percentage, a median). When the API withheld it, the
 * cell says "niet getoond" in words, as a figure derived from a withheld count is not a count.
 * Counts themselves stay value cells, so the "×" explanation of ChartPanel still applies to them.
 * `scale` turns an API percentage (0–100) into the ratio formatPercent expects (0.01).
 */
export function derivedCell(input: IndicatorValueLike, format: CellFormat, scale = 1): TableCell {
  if (input.suppressed) return { kind: 'text', text: 'niet getoond' };
  const value = input.value ?? null;
  return { kind: 'value', value: value === null ? null : value * scale, suppressed: false, format };
}
