import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { labelPoint } from '@/modules/neighbourhoodMap/utils/labelPoint';
import {
  areaValue,
  type MapAreaData,
  type NeighbourhoodMapData,
} from '@/modules/neighbourhoodMap/utils/mapAreas';
import { buildMapClasses, classOf, type MapClass } from '@/modules/neighbourhoodMap/utils/mapClasses';
import { toD3Geometry } from '@/modules/neighbourhoodMap/utils/toD3Geometry';

export interface MapShape {
  area: MapAreaData;
  /** SVG path of the outline in the map's viewBox. */
  d: string;
  /** Where the name and value are written. */
  label: [number, number];
  /** Null for a withheld area (its value is unknown) or one without a value. */
  mapClass: MapClass | null;
}

/**
 * The areas projected into a `width` × `height` viewBox (Mercator fitted to them) with their class.
 * Withheld areas do not take part in the class breaks.
 */
export function buildMapShapes(
  map: NeighbourhoodMapData,
  width: number,
  height: number,
): { shapes: MapShape[]; classes: MapClass[] } {
  const features: Feature<MultiPolygon, MapAreaData>[] = map.areas.map((area) => ({
    type: 'Feature',
    properties: area,
    geometry: toD3Geometry(area.geometry),
  }));
  const collection: FeatureCollection<MultiPolygon, MapAreaData> = { type: 'FeatureCollection', features };
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    collection,
  );
  const path = geoPath(projection);
  const values = map.areas
    .filter((area) => !area.suppressed)
    .map((area) => areaValue(map, area))
    .filter((value): value is number => value !== null);
  const classes = buildMapClasses(values);
  const shapes = features.map((feature): MapShape => {
    const area = feature.properties;
    const value = areaValue(map, area);
    const rings = feature.geometry.coordinates.flatMap((polygon) =>
      polygon.map((ring) =>
        ring.map((position): [number, number] => projection(position as [number, number]) ?? [0, 0]),
      ),
    );
    return {
      area,
      d: path(feature) ?? '',
      label: labelPoint(rings, path.centroid(feature)),
      mapClass: area.suppressed || value === null ? null : (classOf(classes, value) ?? null),
    };
  });
  return { shapes, classes };
}
