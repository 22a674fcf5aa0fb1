import type { HandlingNormsQuery } from '@/generated/graphql';
import { formatDate } from '@/lib/format';
import type { TableData } from '@/ui/table/tableData';

export type HandlingNormItem = HandlingNormsQuery['handlingNorms'][number];

/** "4 weken (28 dagen)" or "5 dagen". */
export function termText(item: Pick<HandlingNormItem, 'termAmount' | 'termUnit' | 'termDays'>): string {
  if (item.termUnit === 'weken') {
    return `${item.termAmount} ${item.termAmount === 1 ? 'week' : 'weken'} (${item.termDays} dagen)`;
  }
  return `${item.termAmount} ${item.termAmount === 1 ? 'dag' : 'dagen'}`;
}

/** The norms as exported (CSV/XLSX); the screen adds "change" and "end" controls per row. */
export function buildHandlingNormsTable(
  items: readonly HandlingNormItem[],
  legalLabels: ReadonlyMap<string, string>,
): TableData {
  return {
    caption: 'Eigen afhandeltermijnen per bron',
    rowHeaderLabel: 'Bron',
    columns: [
      { key: 'municipality', label: 'Gemeente' },
      { key: 'theme', label: 'Thema' },
      { key: 'kind', label: 'Soort' },
      { key: 'term', label: 'Termijn' },
      { key: 'replaces', label: 'In plaats van' },
      { key: 'from', label: 'Geldt vanaf' },
      { key: 'to', label: 'Geldt tot en met' },
      { key: 'note', label: 'Toelichting' },
    ],
    rows: items.map((item) => ({
      key: String(item.id),
      header: item.sourceName,
      cells: [
        { kind: 'text', text: item.municipalityCode },
        { kind: 'text', text: item.themeLabel ?? 'alle thema’s' },
        { kind: 'text', text: item.kind ?? 'alle soorten' },
        { kind: 'text', text: termText(item) },
        { kind: 'text', text: legalLabels.get(item.replacesNorm) ?? item.replacesNorm },
        { kind: 'text', text: formatDate(item.validFrom) },
        { kind: 'text', text: item.validTo ? formatDate(item.validTo) : 'geen einddatum' },
        { kind: 'text', text: item.note ?? '' },
      ],
    })),
  };
}
