import type { SignalEvidenceRecordsQuery } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import type { TableData } from '@/ui/table/tableData';
import { scalarText } from '@/ui/scalarText';

type EvidenceRecord = NonNullable<SignalEvidenceRecordsQuery['signal']>['evidenceRecords'][number];

/** The pseudonymised, redacted records behind a signal (record roles only). */
export function buildEvidenceRecordsTable(records: readonly EvidenceRecord[], caption: string): TableData {
  return {
    caption,
    rowHeaderLabel: 'Dossier',
    columns: [
      { key: 'kind', label: 'Soort' },
      { key: 'started', label: 'Ontvangen' },
      { key: 'ended', label: 'Afgesloten' },
      { key: 'organisation', label: 'Organisatie' },
      { key: 'subject', label: 'Inwoner (pseudoniem)' },
      { key: 'outcome', label: 'Uitkomst' },
      { key: 'text', label: 'Tekst (geanonimiseerd)' },
    ],
    rows: records.map((record) => ({
      key: `${record.recordType}:${record.recordId}`,
      header: record.recordId,
      cells: [
        { kind: 'text', text: record.kind ?? record.recordType },
        { kind: 'text', text: formatDate(scalarText(record.startedOn)) },
        { kind: 'text', text: formatDate(scalarText(record.endedOn)) },
        {
          kind: 'text',
          text: record.subjectOrganisationCode ?? record.sourceOrganisationCode ?? '',
        },
        { kind: 'text', text: record.subjectKeyShort ?? '' },
        { kind: 'text', text: record.outcome ?? '' },
        { kind: 'text', text: record.textRedacted ?? '' },
      ],
    })),
  };
}
