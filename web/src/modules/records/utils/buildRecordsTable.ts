import type { CaseRecordsQuery } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import { recordLabel } from '@/modules/records/utils/recordLabels';
import type { TableData } from '@/ui/table/tableData';

export type RecordListItem = CaseRecordsQuery['caseRecords']['records'][number];

export const HIGHLIGHT_COLUMN = 'highlight';

/** The found fragments as plain text (the CSV/XLSX of the page; the screen marks the matches). */
function highlightText(record: RecordListItem): string {
  return record.highlight?.map((segment) => segment.text).join('') ?? '';
}

/**
 * One page of records, exactly the columns shown (and so exported); when searching, a last column
 * with the fragments of the text that matched.
 */
export function buildRecordsTable(
  records: readonly RecordListItem[],
  caption: string,
  searching: boolean,
): TableData {
  return {
    caption,
    rowHeaderLabel: 'Dossier',
    columns: [
      { key: 'received', label: 'Ontvangen' },
      { key: 'kind', label: 'Soort' },
      { key: 'domain', label: 'Domein' },
      { key: 'theme', label: 'Thema' },
      { key: 'subject', label: 'Over organisatie' },
      { key: 'outcome', label: 'Uitkomst' },
      { key: 'closed', label: 'Afgesloten' },
      ...(searching ? [{ key: HIGHLIGHT_COLUMN, label: 'Gevonden in de tekst' }] : []),
    ],
    rows: records.map((record) => ({
      key: record.id,
      header: record.id,
      cells: [
        { kind: 'text', text: formatDate(record.receivedOn) },
        { kind: 'text', text: recordLabel(record.kind) },
        { kind: 'text', text: record.domainLabel },
        { kind: 'text', text: record.themeLabel ?? 'Geen thema' },
        { kind: 'text', text: record.subjectOrganisation ?? record.sourceOrganisation },
        { kind: 'text', text: recordLabel(record.outcome) },
        { kind: 'text', text: formatDate(record.closedOn) },
        ...(searching ? [{ kind: 'text' as const, text: highlightText(record) }] : []),
      ],
    })),
  };
}
