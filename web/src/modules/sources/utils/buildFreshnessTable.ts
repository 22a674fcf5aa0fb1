import type { DataFreshnessQuery } from '@/generated/graphql';
import { formatDate, formatDateTime } from '@/lib/format';
import type { TableData } from '@/ui/table/tableData';

type Source = DataFreshnessQuery['dataFreshness']['sources'][number];

const kindLabels: Readonly<Record<string, string>> = {
  gemeente: 'Gemeente',
  aanbieder: 'Aanbieder',
  ombudsman: 'Ombudsman',
  samenwerkingsverband: 'Samenwerkingsverband',
};

/** Freshness per source; stale sources first, so what needs attention is on top. */
export function buildFreshnessTable(sources: readonly Source[], caption: string): TableData {
  const sorted = [...sources].sort(
    (a, b) => Number(b.stale) - Number(a.stale) || a.organisationName.localeCompare(b.organisationName, 'nl'),
  );
  return {
    caption,
    rowHeaderLabel: 'Bron',
    columns: [
      { key: 'kind', label: 'Soort bron' },
      { key: 'status', label: 'Actueel?' },
      { key: 'latest', label: 'Nieuwste gegevens' },
      { key: 'age', label: 'Dagen oud' },
      { key: 'expected', label: 'Verwacht binnen (dagen)' },
      { key: 'import', label: 'Laatste levering' },
      { key: 'rows', label: 'Rijen' },
    ],
    rows: sorted.map((source) => ({
      key: source.organisationCode,
      header: source.organisationName,
      cells: [
        { kind: 'text', text: kindLabels[source.kind] ?? source.kind },
        { kind: 'text', text: source.stale ? '⚠ Verouderd' : '✓ Actueel' },
        { kind: 'text', text: formatDate(source.latestBusinessDate) },
        { kind: 'value', value: source.daysSinceLatestData ?? null, suppressed: false, format: 'number' },
        { kind: 'value', value: source.expectedWithinDays, suppressed: false, format: 'number' },
        { kind: 'text', text: formatDateTime(source.lastImportAt) },
        {
          kind: 'value',
          value: source.rows.value ?? null,
          suppressed: source.rows.suppressed,
          format: 'number',
        },
      ],
    })),
  };
}
