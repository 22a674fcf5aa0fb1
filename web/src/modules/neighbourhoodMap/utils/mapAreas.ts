import type { NeighbourhoodMapQuery } from '@/generated/graphql';
import { formatNumber } from '@/lib/format';

export type NeighbourhoodMapData = NeighbourhoodMapQuery['neighbourhoodMap'];
export type MapAreaData = NeighbourhoodMapData['areas'][number];

/** What the map shows per area: per 1,000 inhabitants where every area has them, else the count. */
export function areaValue(map: NeighbourhoodMapData, area: MapAreaData): number | null {
  return map.measure === 'PER_1000_INHABITANTS' ? area.rate : area.count;
}

/** The unit after a value, in words. */
export function measureUnit(map: NeighbourhoodMapData): string {
  return map.measure === 'PER_1000_INHABITANTS'
    ? 'klachten en signalen per 1.000 inwoners'
    : 'klachten en signalen';
}

/** The text on the map and the accessible name of an area; a withheld figure is only "afgeschermd". */
export function areaValueText(map: NeighbourhoodMapData, area: MapAreaData): string {
  if (area.suppressed) return 'afgeschermd';
  return formatNumber(areaValue(map, area));
}

export function describeArea(map: NeighbourhoodMapData, area: MapAreaData): string {
  return area.suppressed
    ? `${area.name}: afgeschermd`
    : `${area.name}: ${areaValueText(map, area)} ${measureUnit(map)}`;
}
