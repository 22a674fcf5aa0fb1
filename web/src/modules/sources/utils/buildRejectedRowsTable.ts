import type { RejectedRowsQuery } from '@/generated/graphql';
import type { TableData } from '@/ui/table/tableData';

type RejectedRow = RejectedRowsQuery['rejectedRows']['rows'][number];

/** Rejected rows of one import with line number, column, value and reason. */
export function buildRejectedRowsTable(rows: readonly RejectedRow[], caption: string): TableData {
  return {
    caption,
    rowHeaderLabel: 'Regel',
    columns: [
      { key: 'column', label: 'Kolom' },
      { key: 'value', label: 'Waarde' },
      { key: 'reason', label: 'Reden' },
    ],
    rows: rows.map((row) => ({
      key: row.id,
      header: String(row.rowNumber),
      cells: [
        { kind: 'text', text: row.columnName ?? '' },
        { kind: 'text', text: row.value ?? '' },
        { kind: 'text', text: row.reason },
      ],
    })),
  };
}
