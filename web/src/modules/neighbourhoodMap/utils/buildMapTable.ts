import type { NeighbourhoodMapData } from '@/modules/neighbourhoodMap/utils/mapAreas';
import type { TableData, TableRow } from '@/ui/table/tableData';

/**
 * The table behind the map: every area with its figures (alphabetical), then what is not on the map
 * (no neighbourhood in the source, or a code without a boundary). Withheld cells stay withheld.
 */
export function buildMapTable(map: NeighbourhoodMapData, caption: string): TableData {
  const perThousand = map.measure === 'PER_1000_INHABITANTS';
  const level = map.level === 'buurt' ? 'Buurt' : 'Wijk';
  const areaRows: TableRow[] = [...map.areas]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((area) => ({
      key: area.code,
      header: area.name,
      cells: [
        ...(perThousand
          ? [
              {
                kind: 'value' as const,
                value: area.rate,
                suppressed: area.suppressed,
                format: 'number' as const,
              },
            ]
          : []),
        { kind: 'value', value: area.count, suppressed: area.suppressed, format: 'number' },
        { kind: 'value', value: area.inhabitants ?? null, suppressed: false, format: 'number' },
      ],
    }));
  const unmappedRows: TableRow[] = map.unmapped.map((entry) => ({
    key: `buiten-${entry.code}`,
    header: `Niet op de kaart: ${entry.code === 'onbekend' ? 'wijk onbekend' : entry.label}`,
    cells: [
      ...(perThousand
        ? [{ kind: 'value' as const, value: null, suppressed: false, format: 'number' as const }]
        : []),
      { kind: 'value', value: entry.count, suppressed: entry.suppressed, format: 'number' },
      { kind: 'value', value: null, suppressed: false, format: 'number' },
    ],
  }));
  return {
    caption,
    rowHeaderLabel: level,
    columns: [
      ...(perThousand ? [{ key: 'rate', label: 'Per 1.000 inwoners' }] : []),
      { key: 'count', label: 'Aantal klachten en signalen' },
      { key: 'inhabitants', label: 'Inwoners' },
    ],
    rows: [...areaRows, ...unmappedRows],
  };
}
