import { DEMO_MUNICIPALITY, DEMO_NEIGHBOURHOODS } from './organisations';

/**
 * Hand-laid wijk boundaries of the fictional town Lusdonk, as CBS publishes them: a GeoJSON
 * FeatureCollection in RD New (EPSG:28992) with wijkcode/wijknaam/gemeentecode/aantalInwoners. The
 * centre is a ring-shaped old town, six wijken lie around it like slices, and the Buitengebied encloses
 * them all (a polygon with a hole). Neighbouring wijken share their edges exactly because every edge
 * is drawn from the same radius function. Made up for the demo; no real place is depicted.
 */
type Position = [number, number];

const CENTRE: Position = [191_400, 447_800];
const STEP = 5; // degrees between points on an arc

/** Radius in metres at an angle (degrees): a slightly irregular circle. */
const radius = (base: number, degrees: number): number => {
  const a = (degrees * Math.PI) / 180;
  return base * (1 + 0.09 * Math.sin(3 * a + 0.4) + 0.05 * Math.cos(5 * a));
};

const point = (base: number, degrees: number): Position => {
  const a = (degrees * Math.PI) / 180;
  const r = radius(base, degrees);
  return [Math.round(CENTRE[0] + r * Math.cos(a)), Math.round(CENTRE[1] + r * Math.sin(a))];
};

/** Points on the arc from `from` to `to` degrees (counter-clockwise), both ends included. */
function arc(base: number, from: number, to: number): Position[] {
  const points: Position[] = [];
  for (let degrees = from; degrees < to; degrees += STEP) points.push(point(base, degrees));
  points.push(point(base, to));
  return points;
}

const close = (ring: Position[]): Position[] => [...ring, ring[0] as Position];

const INNER = 950; // the old town
const MIDDLE = 2_700; // edge of the built-up area
const OUTER = 4_300; // municipal boundary

/** The slices around the centre, counter-clockwise from the east, in degrees. */
const SLICES: Record<string, [number, number]> = {
  WK990105: [-30, 30], // Oosterhout
  WK990103: [30, 90], // De Velden
  WK990102: [90, 150], // Lusdonk-Noord
  WK990107: [150, 210], // Westerpark
  WK990104: [210, 270], // Havenkwartier
  WK990106: [270, 330], // Zuidrand
};

const INHABITANTS: Record<string, number> = {
  WK990101: 9_800,
  WK990102: 15_200,
  WK990103: 12_400,
  WK990104: 13_900,
  WK990105: 10_600,
  WK990106: 11_300,
  WK990107: 10_100,
  WK990108: 2_700,
};

function rings(code: string): Position[][] {
  if (code === 'WK990101') return [close(arc(INNER, 0, 355))];
  if (code === 'WK990108') return [close(arc(OUTER, 0, 355)), close(arc(MIDDLE, 0, 355).reverse())];
  const slice = SLICES[code];
  if (!slice) throw new Error(`Geen grens voor demowijk ${code}`);
  const [from, to] = slice;
  return [close([...arc(MIDDLE, from, to), ...arc(INNER, from, to).reverse()])];
}

export function demoBoundaries(): object {
  return {
    type: 'FeatureCollection',
    name: 'wijken_lusdonk',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
    features: DEMO_NEIGHBOURHOODS.map((neighbourhood) => ({
      type: 'Feature',
      properties: {
        wijkcode: neighbourhood.code,
        wijknaam: neighbourhood.name,
        gemeentecode: DEMO_MUNICIPALITY.code,
        gemeentenaam: DEMO_MUNICIPALITY.name,
        aantalInwoners: INHABITANTS[neighbourhood.code] ?? null,
      },
      geometry: { type: 'Polygon', coordinates: rings(neighbourhood.code) },
    })),
  };
}
