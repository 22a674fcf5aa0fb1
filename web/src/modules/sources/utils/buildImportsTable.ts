import type { ImportsQuery } from '@/generated/graphql';
import { formatDateTime } from '@/lib/format';
import { importStatusLabels } from '@/modules/sources/utils/importStatusLabels';
import type { TableData } from '@/ui/table/tableData';
import { scalarText } from '@/ui/scalarText';

export type ImportListItem = ImportsQuery['imports']['items'][number];

const count = (value: number) => ({ kind: 'value', value, suppressed: false, format: 'number' }) as const;

/** The imports as shown and exported: status, counts, dates and what went wrong. */
export function buildImportsTable(items: readonly ImportListItem[], caption: string): TableData {
  return {
    caption,
    rowHeaderLabel: 'Import',
    columns: [
      { key: 'file', label: 'Bestand' },
      { key: 'profile', label: 'Profiel' },
      { key: 'status', label: 'Status' },
      { key: 'started', label: 'Gestart' },
      { key: 'finished', label: 'Klaar' },
      { key: 'read', label: 'Gelezen' },
      { key: 'inserted', label: 'Nieuw' },
      { key: 'updated', label: 'Bijgewerkt' },
      { key: 'unchanged', label: 'Ongewijzigd' },
      { key: 'rejected', label: 'Afgewezen' },
      { key: 'error', label: 'Fouten en waarschuwingen' },
    ],
    rows: items.map((item) => ({
      key: item.id,
      header: `#${item.id}`,
      cells: [
        { kind: 'text', text: item.fileName },
        { kind: 'text', text: item.profile },
        { kind: 'text', text: importStatusLabels[item.status] },
        { kind: 'text', text: formatDateTime(scalarText(item.createdAt)) },
        { kind: 'text', text: formatDateTime(scalarText(item.finishedAt)) },
        count(item.rowsRead),
        count(item.rowsInserted),
        count(item.rowsUpdated),
        count(item.rowsUnchanged),
        count(item.rowsRejected),
        { kind: 'text', text: [item.error, ...item.warnings].filter(Boolean).join(' ') },
      ],
    })),
  };
}
