import type { ReferenceContractsQuery } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import type { TableData } from '@/ui/table/tableData';

export type ContractItem = ReferenceContractsQuery['referenceContracts'][number];

/** The contracts as exported (CSV/XLSX); the screen adds an "end" control per row. */
export function buildContractsTable(items: readonly ContractItem[]): TableData {
  return {
    caption: 'Contracten met aanbieders',
    rowHeaderLabel: 'Aanbieder',
    columns: [
      { key: 'municipality', label: 'Gemeente' },
      { key: 'domain', label: 'Domein' },
      { key: 'reference', label: 'Contractnummer' },
      { key: 'from', label: 'Begint op' },
      { key: 'to', label: 'Eindigt op' },
      { key: 'report', label: 'Halfjaarrapportage' },
    ],
    rows: items.map((item) => ({
      key: String(item.id),
      header: item.organisationName,
      cells: [
        { kind: 'text', text: item.municipalityCode },
        { kind: 'text', text: item.domainLabel },
        { kind: 'text', text: item.reference ?? '' },
        { kind: 'text', text: formatDate(item.startsOn) },
        { kind: 'text', text: item.endsOn ? formatDate(item.endsOn) : 'loopt' },
        { kind: 'text', text: item.halfYearReportRequired ? 'verplicht' : 'niet verplicht' },
      ],
    })),
  };
}
