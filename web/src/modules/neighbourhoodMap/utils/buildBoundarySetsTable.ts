import type { NeighbourhoodBoundarySetsQuery } from '@/generated/graphql';
import { formatDateTime } from '@/lib/format';
import type { TableData } from '@/ui/table/tableData';

type BoundarySet = NeighbourhoodBoundarySetsQuery['neighbourhoodBoundarySets'][number];

/** The loaded boundary files, one row per municipality and level. */
export function buildBoundarySetsTable(sets: readonly BoundarySet[]): TableData {
  return {
    caption: 'Geladen wijk- en buurtgrenzen',
    rowHeaderLabel: 'Gemeente',
    columns: [
      { key: 'level', label: 'Niveau' },
      { key: 'areas', label: 'Aantal' },
      { key: 'inhabitants', label: 'Met inwoners' },
      { key: 'file', label: 'Bestand' },
      { key: 'imported', label: 'Geladen op' },
    ],
    rows: sets.map((set) => ({
      key: `${set.municipalityCode}-${set.level}`,
      header: `${set.municipalityName} (${set.municipalityCode})`,
      cells: [
        { kind: 'text', text: set.level === 'buurt' ? 'Buurten' : 'Wijken' },
        { kind: 'value', value: set.areas, suppressed: false, format: 'number' },
        { kind: 'value', value: set.withInhabitants, suppressed: false, format: 'number' },
        { kind: 'text', text: set.sourceFile },
        { kind: 'text', text: formatDateTime(String(set.importedAt)) },
      ],
    })),
  };
}
