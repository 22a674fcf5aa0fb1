import type { PanelFindingRowFieldsFragment } from '@/generated/graphql';
import { formatPercent } from '@/lib/format';
import type { TableData } from '@/ui/table/tableData';

export type PanelFindingRow = PanelFindingRowFieldsFragment;

/** "12 % tot 30 %", or a dash when the share is withheld or unknown. */
export function intervalText(row: PanelFindingRow): string {
  if (row.lower === null || row.lower === undefined || row.upper === null || row.upper === undefined) {
    return '–';
  }
  return `${formatPercent(row.lower)} tot ${formatPercent(row.upper)}`;
}

/**
 * Findings as shown, printed and exported: reviewed decisions, how many with a system error (or the norm
 * at stake), the share with its 95 % interval, and a warning when there are few decisions.
 */
export function buildFindingsTable(
  rows: readonly PanelFindingRow[],
  options: { caption: string; rowHeaderLabel: string; countLabel: string },
): TableData {
  return {
    caption: options.caption,
    rowHeaderLabel: options.rowHeaderLabel,
    columns: [
      { key: 'reviewed', label: 'Beoordeeld' },
      { key: 'count', label: options.countLabel },
      { key: 'share', label: 'Aandeel' },
      { key: 'interval', label: 'Marge (95 %)' },
      { key: 'note', label: 'Let op' },
    ],
    rows: rows.map((row) => ({
      key: row.key,
      header: row.label,
      cells: [
        { kind: 'value', value: row.reviewed ?? null, suppressed: row.reviewedSuppressed, format: 'number' },
        { kind: 'value', value: row.count ?? null, suppressed: row.countSuppressed, format: 'number' },
        {
          kind: 'value',
          value: row.share ?? null,
          suppressed: row.countSuppressed || row.reviewedSuppressed,
          format: 'percent',
        },
        { kind: 'text', text: intervalText(row) },
        { kind: 'text', text: row.fewCases ? 'Weinig zaken: lees met voorzichtigheid' : '' },
      ],
    })),
  };
}
