import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { useId, useMemo } from 'react';
import { MapLegend } from '@/modules/neighbourhoodMap/components/MapLegend';
import { labelPoint } from '@/modules/neighbourhoodMap/utils/labelPoint';
import { buildMapClasses, classOf } from '@/modules/neighbourhoodMap/utils/mapClasses';
import {
  areaValue,
  areaValueText,
  describeArea,
  type MapAreaData,
  type NeighbourhoodMapData,
} from '@/modules/neighbourhoodMap/utils/mapAreas';
import { toD3Geometry } from '@/modules/neighbourhoodMap/utils/toD3Geometry';

export interface NeighbourhoodMapProps {
  map: NeighbourhoodMapData;
  /** Names the map for assistive technology, e.g. "Klachten en signalen per wijk, 2025". */
  label: string;
}

const WIDTH = 640;
const HEIGHT = 480;
/** Above this many areas the values are not written on the map (they would overlap); the table has them. */
const MAX_LABELLED_AREAS = 40;

/**
 * A choropleth without map tiles: the CBS outlines drawn as SVG paths (d3-geo, Mercator fitted to the
 * areas). Each area is focusable and named "naam: waarde"; a withheld area is hatched grey and says
 * "afgeschermd", its value appears nowhere (not in a title, label or attribute).
 */
export function NeighbourhoodMap({ map, label }: NeighbourhoodMapProps) {
  const hatchId = useId();
  const { features, path, labels, classes } = useMemo(() => {
    const features: Feature<MultiPolygon, MapAreaData>[] = map.areas.map((area) => ({
      type: 'Feature',
      properties: area,
      geometry: toD3Geometry(area.geometry),
    }));
    const collection: FeatureCollection<MultiPolygon, MapAreaData> = { type: 'FeatureCollection', features };
    const projection = geoMercator().fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      collection,
    );
    const values = map.areas
      .filter((area) => !area.suppressed)
      .map((area) => areaValue(map, area))
      .filter((value): value is number => value !== null);
    const path = geoPath(projection);
    const labels = features.map((feature) =>
      labelPoint(
        feature.geometry.coordinates.flatMap((polygon) =>
          polygon.map((ring) =>
            ring.map((position): [number, number] => projection(position as [number, number]) ?? [0, 0]),
          ),
        ),
        path.centroid(feature),
      ),
    );
    return { features, path, labels, classes: buildMapClasses(values) };
  }, [map]);
  const labelled = features.length <= MAX_LABELLED_AREAS;

  return (
    <figure className="neighbourhood-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={label}
        className="neighbourhood-map__svg"
      >
        <defs>
          <pattern
            id={hatchId}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="#d9d9d9" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#595959" strokeWidth="3" />
          </pattern>
        </defs>
        {features.map((feature) => {
          const area = feature.properties;
          const value = areaValue(map, area);
          const mapClass = !area.suppressed && value !== null ? classOf(classes, value) : undefined;
          const fill = area.suppressed ? `url(#${hatchId})` : (mapClass?.fill ?? '#ffffff');
          return (
            <path
              key={area.code}
              d={path(feature) ?? undefined}
              fill={fill}
              className={`neighbourhood-map__area${area.suppressed ? ' neighbourhood-map__area--suppressed' : ''}`}
              tabIndex={0}
              role="img"
              aria-label={describeArea(map, area)}
            >
              <title>{describeArea(map, area)}</title>
            </path>
          );
        })}
        {labelled &&
          features.map((feature, index) => {
            const [x, y] = labels[index] ?? path.centroid(feature);
            const area = feature.properties;
            return (
              <text key={area.code} x={x} y={y} className="neighbourhood-map__label" aria-hidden="true">
                <tspan x={x} dy="-0.3em">
                  {area.name}
                </tspan>
                <tspan x={x} dy="1.2em" className="neighbourhood-map__value">
                  {areaValueText(map, area)}
                </tspan>
              </text>
            );
          })}
      </svg>
      <MapLegend map={map} classes={classes} hatchId={hatchId} />
    </figure>
  );
}
