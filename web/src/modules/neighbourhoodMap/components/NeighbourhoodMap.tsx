import { useId, useMemo } from 'react';
import { MapLegend } from '@/modules/neighbourhoodMap/components/MapLegend';
import { buildMapShapes } from '@/modules/neighbourhoodMap/utils/buildMapShapes';
import {
  areaValueText,
  describeArea,
  type NeighbourhoodMapData,
} from '@/modules/neighbourhoodMap/utils/mapAreas';

export interface NeighbourhoodMapProps {
  map: NeighbourhoodMapData;
  /** Names the map for assistive technology, e.g. "Kaart van klachten en signalen per wijk, 2025". */
  label: string;
}

const WIDTH = 640;
const HEIGHT = 480;
/** Above this many areas the values are not written on the map (they would overlap); the table has them. */
const MAX_LABELLED_AREAS = 40;

/**
 * A choropleth without map tiles: the CBS outlines drawn as SVG paths (d3-geo). Each area is focusable
 * and named "naam: waarde"; a withheld area is hatched grey and says "afgeschermd", its value appears
 * nowhere (not in a title, label or attribute).
 */
export function NeighbourhoodMap({ map, label }: NeighbourhoodMapProps) {
  const hatchId = useId();
  const { shapes, classes } = useMemo(() => buildMapShapes(map, WIDTH, HEIGHT), [map]);
  const labelled = shapes.length <= MAX_LABELLED_AREAS;

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
        {shapes.map(({ area, d, mapClass }) => (
          <path
            key={area.code}
            d={d}
            fill={area.suppressed ? `url(#${hatchId})` : (mapClass?.fill ?? '#ffffff')}
            className={`neighbourhood-map__area${area.suppressed ? ' neighbourhood-map__area--suppressed' : ''}`}
            tabIndex={0}
            role="img"
            aria-label={describeArea(map, area)}
          >
            <title>{describeArea(map, area)}</title>
          </path>
        ))}
        {labelled &&
          shapes.map(({ area, label: [x, y] }) => (
            <text key={area.code} x={x} y={y} className="neighbourhood-map__label" aria-hidden="true">
              <tspan x={x} dy="-0.3em">
                {area.name}
              </tspan>
              <tspan x={x} dy="1.2em" className="neighbourhood-map__value">
                {areaValueText(map, area)}
              </tspan>
            </text>
          ))}
      </svg>
      <MapLegend map={map} classes={classes} hatchId={hatchId} />
    </figure>
  );
}
