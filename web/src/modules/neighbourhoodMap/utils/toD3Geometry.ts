import type { MultiPolygon } from 'geojson';

/**
 * The API sends RFC 7946 winding (outer rings counter-clockwise); d3-geo works on the sphere and wants
 * the opposite, else an area is drawn as "everything but the area". Reversing every ring converts it.
 */
export function toD3Geometry(geometry: string): MultiPolygon {
  const parsed = JSON.parse(geometry) as MultiPolygon;
  return {
    type: 'MultiPolygon',
    coordinates: parsed.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())),
  };
}
