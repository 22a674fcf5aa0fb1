import proj4 from 'proj4';
import { ImportUsageError } from '../errors';
import { type Position, simplifyRing } from './simplify';

/**
 * Reads a CBS wijk/buurt boundary file (GeoJSON as PDOK and CBS publish it) for one municipality:
 * codes, names, inhabitants and outlines, reprojected from RD New (EPSG:28992) to WGS84 when needed and
 * simplified to about 5 metres. Everything a user can get wrong ends in one Dutch message.
 */
export type BoundaryLevel = 'wijk' | 'buurt';

export interface BoundaryArea {
  code: string;
  level: BoundaryLevel;
  name: string;
  wijkCode: string | null;
  inhabitants: number | null;
  /** GeoJSON MultiPolygon in WGS84 (longitude, latitude), 6 decimals. */
  geometry: { type: 'MultiPolygon'; coordinates: Position[][][] };
}

export interface ParsedBoundaries {
  areas: BoundaryArea[];
  crs: 'EPSG:28992' | 'EPSG:4326';
  /** Features of other municipalities (a national file), left out. */
  skipped: number;
}

// The official RD New definition (EPSG:28992) with the datum shift to WGS84.
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const toWgs84 = proj4(RD_NEW, 'WGS84');

const TOLERANCE = { 'EPSG:28992': 5, 'EPSG:4326': 0.00005 } as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property by any of its CBS spellings (PDOK camelCase, CBS shapefile upper case), case-insensitively. */
function property(properties: Json, names: readonly string[]): string | number | undefined {
  for (const [key, value] of Object.entries(properties)) {
    if (!names.includes(key.toLowerCase())) continue;
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return value;
  }
  return undefined;
}

const BUURT_CODE = ['buurtcode', 'bu_code', 'statcode'];
const BUURT_NAME = ['buurtnaam', 'bu_naam', 'statnaam'];
const WIJK_CODE = ['wijkcode', 'wk_code'];
const WIJK_NAME = ['wijknaam', 'wk_naam', 'statnaam'];
const MUNICIPALITY_CODE = ['gemeentecode', 'gm_code'];
const INHABITANTS = ['aantalinwoners', 'aantal_inwoners', 'aant_inw'];

function declaredCrs(document: Json): ParsedBoundaries['crs'] | null {
  const crs = document.crs;
  const name =
    isObject(crs) && isObject(crs.properties) && typeof crs.properties.name === 'string'
      ? crs.properties.name
      : '';
  if (name === '') return null;
  if (name.includes('28992')) return 'EPSG:28992';
  if (/4326|CRS84/i.test(name)) return 'EPSG:4326';
  throw new ImportUsageError(
    `Het coördinatenstelsel ${name} wordt niet ondersteund; lever de grenzen in RD New (EPSG:28992) of WGS84 (EPSG:4326).`,
  );
}

function firstPosition(value: unknown): Position | null {
  let current = value;
  while (Array.isArray(current) && Array.isArray(current[0])) current = current[0];
  return Array.isArray(current) && typeof current[0] === 'number' && typeof current[1] === 'number'
    ? [current[0], current[1]]
    : null;
}

const inRd = ([x, y]: Position): boolean => x > -7000 && x < 300000 && y > 289000 && y < 629000;
const inNetherlandsWgs84 = ([lon, lat]: Position): boolean =>
  lon > 2.5 && lon < 7.6 && lat > 50.4 && lat < 54;

function checkPosition(position: Position, crs: ParsedBoundaries['crs'], where: string): void {
  if (crs === 'EPSG:28992' ? inRd(position) : inNetherlandsWgs84(position)) return;
  const swapped = crs === 'EPSG:4326' && inNetherlandsWgs84([position[1], position[0]]);
  throw new ImportUsageError(
    swapped
      ? `${where}: de coördinaten staan als breedte, lengte; GeoJSON vraagt lengte, breedte (x, y).`
      : `${where}: de coördinaat ${position.join(', ')} ligt niet in Nederland (${crs}).`,
  );
}

function readRing(value: unknown, crs: ParsedBoundaries['crs'], where: string): Position[] {
  if (!Array.isArray(value) || value.length < 4) {
    throw new ImportUsageError(`${where}: een rand van het vlak heeft minder dan 4 punten.`);
  }
  const ring = value.map((point: unknown): Position => {
    if (!Array.isArray(point) || typeof point[0] !== 'number' || typeof point[1] !== 'number') {
      throw new ImportUsageError(`${where}: een punt is geen paar getallen.`);
    }
    const position: Position = [point[0], point[1]];
    checkPosition(position, crs, where);
    return position;
  });
  return simplifyRing(ring, TOLERANCE[crs]).map((position) => {
    const [lon, lat] = crs === 'EPSG:28992' ? toWgs84.forward(position) : position;
    return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  });
}

/** Twice the signed area (positive: counter-clockwise with x east and y north). */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1] as Position;
    const [x1, y1] = ring[i] as Position;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** RFC 7946 winding whatever the source used: outer rings counter-clockwise, holes clockwise. */
function wind(ring: Position[], outer: boolean): Position[] {
  return signedArea(ring) > 0 === outer ? ring : ring.reverse();
}

function readGeometry(value: unknown, crs: ParsedBoundaries['crs'], where: string): BoundaryArea['geometry'] {
  if (!isObject(value)) throw new ImportUsageError(`${where}: de geometrie ontbreekt.`);
  const polygons =
    value.type === 'Polygon'
      ? [value.coordinates]
      : value.type === 'MultiPolygon' && Array.isArray(value.coordinates)
        ? value.coordinates
        : null;
  if (!polygons || polygons.length === 0) {
    throw new ImportUsageError(
      `${where}: de geometrie is een ${String(value.type)}; verwacht wordt een (Multi)Polygon.`,
    );
  }
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((polygon: unknown) => {
      if (!Array.isArray(polygon) || polygon.length === 0) {
        throw new ImportUsageError(`${where}: een vlak zonder rand.`);
      }
      return polygon.map((ring: unknown, index) => wind(readRing(ring, crs, where), index === 0));
    }),
  };
}

function readInhabitants(value: string | number | undefined): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  // CBS writes -99999999 (or -99997) for a figure it keeps secret.
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}

/** The level, code and name of one feature, or a message saying what is missing. */
function readIdentity(properties: Json, where: string): Omit<BoundaryArea, 'inhabitants' | 'geometry'> {
  const buurtCode = property(properties, BUURT_CODE);
  const wijkCode = property(properties, WIJK_CODE);
  const code = String(buurtCode ?? wijkCode ?? '')
    .trim()
    .toUpperCase();
  if (/^BU\d{8}$/.test(code)) {
    const name = property(properties, BUURT_NAME);
    if (name === undefined) throw new ImportUsageError(`${where}: de buurtnaam ontbreekt.`);
    return { code, level: 'buurt', name: String(name).trim(), wijkCode: `WK${code.slice(2, 8)}` };
  }
  if (/^WK\d{6}$/.test(code)) {
    const name = property(properties, WIJK_NAME);
    if (name === undefined) throw new ImportUsageError(`${where}: de wijknaam ontbreekt.`);
    return { code, level: 'wijk', name: String(name).trim(), wijkCode: null };
  }
  throw new ImportUsageError(
    code === ''
      ? `${where}: geen buurtcode of wijkcode; verwacht worden de CBS-kenmerken buurtcode/buurtnaam of wijkcode/wijknaam.`
      : `${where}: "${code}" is geen CBS-buurtcode (BU + 8 cijfers) of -wijkcode (WK + 6 cijfers).`,
  );
}

/** Parses the text of a boundary file for `municipalityCode` (GMnnnn). */
export function parseBoundaries(text: string, municipalityCode: string): ParsedBoundaries {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportUsageError(
      'Het bestand is geen geldige JSON; lever de wijk- of buurtgrenzen als GeoJSON.',
    );
  }
  if (!isObject(document) || document.type !== 'FeatureCollection' || !Array.isArray(document.features)) {
    throw new ImportUsageError('Het bestand is geen GeoJSON-FeatureCollection met wijken of buurten.');
  }
  const features = document.features as unknown[];
  const number = municipalityCode.slice(2);
  const declared = declaredCrs(document);
  const first = features
    .map((feature) => (isObject(feature) ? firstPosition(feature.geometry) : null))
    .find(Boolean);
  const crs =
    declared ?? (first && (Math.abs(first[0]) > 180 || Math.abs(first[1]) > 90) ? 'EPSG:28992' : 'EPSG:4326');

  const areas = new Map<string, BoundaryArea>();
  let skipped = 0;
  features.forEach((feature, index) => {
    const where = `Object ${index + 1}`;
    if (!isObject(feature) || !isObject(feature.properties)) {
      throw new ImportUsageError(`${where}: geen GeoJSON-Feature met kenmerken (properties).`);
    }
    const identity = readIdentity(feature.properties, where);
    const declaredMunicipality = property(feature.properties, MUNICIPALITY_CODE);
    const ofMunicipality =
      identity.code.slice(2, 6) === number &&
      (declaredMunicipality === undefined || String(declaredMunicipality).toUpperCase() === municipalityCode);
    if (!ofMunicipality) {
      skipped++;
      return;
    }
    if (areas.has(identity.code)) {
      throw new ImportUsageError(`${where}: ${identity.code} staat twee keer in het bestand.`);
    }
    areas.set(identity.code, {
      ...identity,
      inhabitants: readInhabitants(property(feature.properties, INHABITANTS)),
      geometry: readGeometry(feature.geometry, crs, `${where} (${identity.code} ${identity.name})`),
    });
  });
  if (areas.size === 0) {
    throw new ImportUsageError(
      `Het bestand bevat geen wijken of buurten van ${municipalityCode} (de codes moeten met WK${number} of BU${number} beginnen).`,
    );
  }
  return { areas: [...areas.values()], crs, skipped };
}
