import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { CSRF_HEADER } from '../imports/csrf-header.guard';
import { createTestApp, TestApp, TestSession } from '../testing/createTestApp';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

/** A square of `size` metres in RD New with its south-west corner at (x, y). */
const rdSquare = (x: number, y: number, size = 1000): number[][][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

/** Three wijken of Leerstad (GM0001) as PDOK publishes them in RD New; the first at Amersfoort's origin. */
const rdWijken = (names = ['Binnenstad', 'Oost', 'Zuid']): string =>
  JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
    features: names.map((name, index) => ({
      type: 'Feature',
      properties: {
        wijkcode: `WK00010${index + 1}`,
        wijknaam: name,
        gemeentecode: 'GM0001',
        aantalInwoners: [4000, 2500, 1500][index],
      },
      geometry: { type: 'Polygon', coordinates: rdSquare(155_000 + index * 1000, 463_000) },
    })),
  });

/** Two buurten in WGS84 without a declared CRS, plus one of another municipality (a national file). */
const WGS84_BUURTEN = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    ['BU00010101', 'Markt', 5.38, 52.15],
    ['BU00010102', 'Kerkbuurt', 5.39, 52.15],
    ['BU03440101', 'Elders', 5.12, 52.09],
  ].map(([code, name, lon, lat]) => ({
    type: 'Feature',
    properties: { buurtcode: code, buurtnaam: name, wijkcode: String(code).replace('BU', 'WK').slice(0, 8) },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [lon, lat],
            [Number(lon) + 0.005, lat],
            [Number(lon) + 0.005, Number(lat) + 0.004],
            [lon, lat],
          ],
        ],
      ],
    },
  })),
});

const MAP = `query ($query: NeighbourhoodMapInput!) {
  neighbourhoodMap(query: $query) {
    measure level disclosureControl
    areas { code name geometry inhabitants count rate suppressed }
    unmapped { code label count suppressed }
  }
}`;

interface MapArea {
  code: string;
  name: string;
  geometry: string;
  inhabitants: number | null;
  count: number | null;
  rate: number | null;
  suppressed: boolean;
}
interface MapAnswer {
  neighbourhoodMap: {
    measure: string;
    level: string | null;
    disclosureControl: boolean;
    areas: MapArea[];
    unmapped: { code: string; label: string; count: number | null; suppressed: boolean }[];
  };
}

const PERIOD = { from: '2024-01-01', to: '2024-12-31' };

describe('Neighbourhood map and CBS boundaries (real PostgreSQL, over HTTP)', () => {
  let sut: TestApp;
  let beheer: TestSession;
  let dataDir: string;
  const saved = process.env.LEERLUS_DATA_DIR;

  async function upload(text: string, name: string, municipality = 'GM0001', session = beheer) {
    const form = new FormData();
    form.append('municipality', municipality);
    form.append('file', new Blob([text], { type: 'application/geo+json' }), name);
    const response = await fetch(`${sut.baseUrl}/api/boundaries`, {
      method: 'POST',
      headers: { cookie: session.cookie, [CSRF_HEADER]: '1' },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const stored = async (): Promise<{ code: string; name: string; level: string }[]> =>
    (
      await sut.database.pool.query<{ code: string; name: string; level: string }>(
        'SELECT code, name, level FROM neighbourhood_boundary ORDER BY code',
      )
    ).rows;

  beforeAll(async () => {
    dataDir = await tempDir('leerlus-boundaries-');
    process.env.LEERLUS_DATA_DIR = dataDir;
    sut = await createTestApp();
    const pool = sut.database.pool;
    await seedIndicatorBasics(pool);
    // 30 complaints in Binnenstad, 5 in Oost (keys summing to 0: the ptable publishes them as 3, which
    // is suppressed), 12 in Zuid, 3 without a neighbourhood and 4 with a code no boundary knows.
    await pool.query(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         route, received_on, neighbourhood_code, import_id, record_key)
       SELECT 'GM0001', (SELECT id FROM organisation WHERE code = 'GEM'), g.code || '-' || n, 'klacht', 'wmo',
              'eerste_lijn_gemeente', 'formeel', DATE '2024-03-01' + n, nullif(g.code, 'geen'),
              (SELECT min(id) FROM import), CASE WHEN g.code = 'WK000102' THEN 0 ELSE (n * 37) % 256 END
         FROM (VALUES ('WK000101', 30), ('WK000102', 5), ('WK000103', 12), ('geen', 3), ('WK000199', 4))
           AS g(code, records)
        CROSS JOIN generate_series(1, g.records) AS n`,
    );
    await pool.query('SELECT * FROM refresh_rollups()');
    beheer = await sut.login('beheer');
  });

  afterAll(async () => {
    await sut?.close();
    if (saved === undefined) delete process.env.LEERLUS_DATA_DIR;
    else process.env.LEERLUS_DATA_DIR = saved;
  });

  it('should import wijken in RD New, stored as WGS84 with their names and inhabitants', async () => {
    const started = Date.now();
    const { status, body } = await upload(rdWijken(), 'wijken-leerstad.geojson');
    expect({ status, body }).toEqual({
      status: 200,
      body: { municipalityCode: 'GM0001', wijken: 3, buurten: 0, skipped: 0, crs: 'EPSG:28992' },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    const { rows } = await sut.database.pool.query<{ geometry: { coordinates: number[][][][] } }>(
      `SELECT geometry FROM neighbourhood_boundary WHERE code = 'WK000101'`,
    );
    // RD (155000, 463000) is the origin of RD New, the tower of Amersfoort: 52.15517 N, 5.38721 E in
    // WGS84 (without the datum shift it would land some 100 m off).
    const [lon, lat] = rows[0]!.geometry.coordinates[0]![0]![0]!;
    expect(lon).toBeCloseTo(5.38721, 4);
    expect(lat).toBeCloseTo(52.15517, 4);
    expect(await stored()).toEqual([
      { code: 'WK000101', name: 'Binnenstad', level: 'wijk' },
      { code: 'WK000102', name: 'Oost', level: 'wijk' },
      { code: 'WK000103', name: 'Zuid', level: 'wijk' },
    ]);
  });

  it('should import buurten in WGS84, skipping another municipality and keeping the wijken', async () => {
    const { status, body } = await upload(WGS84_BUURTEN, 'buurten.json');
    expect({ status, body }).toEqual({
      status: 200,
      body: { municipalityCode: 'GM0001', wijken: 0, buurten: 2, skipped: 1, crs: 'EPSG:4326' },
    });
    expect((await stored()).map((row) => row.code)).toEqual([
      'BU00010101',
      'BU00010102',
      'WK000101',
      'WK000102',
      'WK000103',
    ]);
  });

  it.each([
    ['not JSON', 'wijk;naam\nWK000101;Binnenstad', 'Het bestand is geen geldige JSON'],
    ['no FeatureCollection', '{"type":"Feature"}', 'geen GeoJSON-FeatureCollection'],
    [
      'a point',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { wijkcode: 'WK000101', wijknaam: 'Binnenstad' },
            geometry: { type: 'Point', coordinates: [155000, 463000] },
          },
        ],
      }),
      'verwacht wordt een (Multi)Polygon',
    ],
    [
      'no codes',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { naam: 'x' } }],
      }),
      'geen buurtcode of wijkcode',
    ],
    [
      'another municipality only',
      rdWijken().replaceAll('WK0001', 'WK0344').replaceAll('GM0001', 'GM0344'),
      'Het bestand bevat geen wijken of buurten van GM0001',
    ],
  ])('should refuse %s with a Dutch message and keep what was loaded', async (_case, text, message) => {
    const before = await stored();
    const { status, body } = await upload(text, 'fout.geojson');
    expect(status).toBe(400);
    expect(String(body.message)).toContain(message);
    expect(await stored()).toEqual(before);
  });

  it('should refuse coordinates given as latitude, longitude', async () => {
    const swapped = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { wijkcode: 'WK000101', wijknaam: 'Binnenstad' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [52.1, 5.3],
                [52.1, 5.4],
                [52.2, 5.4],
                [52.1, 5.3],
              ],
            ],
          },
        },
      ],
    });
    const { status, body } = await upload(swapped, 'omgedraaid.geojson');
    expect(status).toBe(400);
    expect(String(body.message)).toContain('breedte, lengte');
  });

  it('should ask a beheer of every municipality which one the boundaries are of', async () => {
    const { status, body } = await upload(rdWijken(), 'wijken.geojson', '');
    expect(status).toBe(400);
    expect(String(body.message)).toContain('Kies de gemeente');
  });

  it('should refuse an upload by a role other than beheer', async () => {
    const raad = await sut.login('raad');
    expect((await upload(rdWijken(), 'wijken.geojson', 'GM0001', raad)).status).toBe(403);
  });

  it('should replace the wijken on re-import, without duplicates, and show the new names', async () => {
    const { status } = await upload(rdWijken(['Centrum', 'Oost']), 'wijken-2025.geojson');
    expect(status).toBe(200);
    expect((await stored()).filter((row) => row.level === 'wijk')).toEqual([
      { code: 'WK000101', name: 'Centrum', level: 'wijk' },
      { code: 'WK000102', name: 'Oost', level: 'wijk' },
    ]);
    // Back to three wijken for the map tests below.
    expect((await upload(rdWijken(), 'wijken-leerstad.geojson')).status).toBe(200);
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql<{
      metrics: { rows: { dimensions: { code: string; label: string }[] }[] };
    }>(
      `query ($query: MetricsQueryInput!) { metrics(query: $query) { rows { dimensions { code label } } } }`,
      { query: { measures: ['caseCount'], dimensions: ['neighbourhood'], dateRange: PERIOD } },
    );
    expect(result.errors).toBeUndefined();
    expect(
      Object.fromEntries(
        result.data!.metrics.rows.map((row) => [row.dimensions[0]!.code, row.dimensions[0]!.label]),
      ),
    ).toEqual({
      WK000101: 'Binnenstad',
      WK000102: 'Oost',
      WK000103: 'Zuid',
      WK000199: 'WK000199',
      onbekend: 'Onbekend',
    });
    // The records drill-down names the wijk too; a code without a boundary keeps no name.
    const records = await beleid.graphql<{
      caseRecords: { records: { neighbourhoodCode: string | null; neighbourhoodName: string | null }[] };
    }>(`{ caseRecords(page: { first: 100 }) { records { neighbourhoodCode neighbourhoodName } } }`);
    expect(records.errors).toBeUndefined();
    const named = new Map(
      records.data!.caseRecords.records.map((record) => [record.neighbourhoodCode, record.neighbourhoodName]),
    );
    expect(Object.fromEntries(named)).toEqual({
      WK000101: 'Binnenstad',
      WK000102: 'Oost',
      WK000103: 'Zuid',
      WK000199: null,
      null: null,
    });
  });

  it('should give policy staff the exact counts and rates per 1,000 inhabitants of the facts', async () => {
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql<MapAnswer>(MAP, { query: { dateRange: PERIOD } });
    expect(result.errors).toBeUndefined();
    const map = result.data!.neighbourhoodMap;
    const { rows: facts } = await sut.database.pool.query<{ code: string; n: number }>(
      `SELECT neighbourhood_code AS code, count(*)::integer AS n FROM case_record
        WHERE received_on BETWEEN $1 AND $2 AND neighbourhood_code LIKE 'WK00010_' GROUP BY 1`,
      [PERIOD.from, PERIOD.to],
    );
    expect(map).toMatchObject({ measure: 'PER_1000_INHABITANTS', level: 'wijk', disclosureControl: false });
    expect(
      map.areas.map(({ code, name, count, rate, suppressed }) => ({ code, name, count, rate, suppressed })),
    ).toEqual(
      [
        ['WK000101', 'Binnenstad', 4000],
        ['WK000102', 'Oost', 2500],
        ['WK000103', 'Zuid', 1500],
      ].map(([code, name, inhabitants]) => {
        const count = facts.find((fact) => fact.code === code)!.n;
        return { code, name, count, rate: (count * 1000) / Number(inhabitants), suppressed: false };
      }),
    );
    expect(JSON.parse(map.areas[0]!.geometry)).toMatchObject({ type: 'MultiPolygon' });
    expect(map.unmapped).toEqual([
      { code: 'WK000199', label: 'WK000199', count: 4, suppressed: false },
      { code: 'onbekend', label: 'Onbekend', count: 3, suppressed: false },
    ]);
  });

  it('should give the council perturbed counts, and withhold the suppressed wijk and its rate', async () => {
    const raad = await sut.login('raad');
    const result = await raad.graphql<MapAnswer>(MAP, { query: { dateRange: PERIOD } });
    expect(result.errors).toBeUndefined();
    const map = result.data!.neighbourhoodMap;
    expect(map.disclosureControl).toBe(true);
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT neighbourhood_code AS cell, count(*) AS n, sum(record_key) AS keys FROM case_record
        WHERE neighbourhood_code IS NOT NULL GROUP BY 1`,
    );
    for (const area of map.areas) {
      const expected = published.get(area.code)!;
      expect({ code: area.code, count: area.count, suppressed: area.suppressed }).toEqual({
        code: area.code,
        count: expected.value,
        suppressed: expected.suppressed,
      });
      if (expected.suppressed) expect(area.rate).toBeNull();
      else expect(area.rate).toBeCloseTo(((expected.value ?? 0) * 1000) / area.inhabitants!, 9);
    }
    expect(map.areas.find((area) => area.code === 'WK000102')).toMatchObject({
      name: 'Oost',
      count: null,
      rate: null,
      suppressed: true,
    });
  });

  it('should show counts instead of rates when an area lacks its inhabitants', async () => {
    await sut.database.pool.query(
      `UPDATE neighbourhood_boundary SET inhabitants = NULL WHERE code = 'WK000103'`,
    );
    const beleid = await sut.login('beleid');
    const result = await beleid.graphql<MapAnswer>(MAP, {
      query: { dateRange: PERIOD, filters: { domain: ['wmo'] } },
    });
    expect(result.errors).toBeUndefined();
    const map = result.data!.neighbourhoodMap;
    expect(map.measure).toBe('COUNT');
    expect(map.areas.every((area) => area.rate === null)).toBe(true);
    expect(map.areas.find((area) => area.code === 'WK000103')?.count).toBe(12);
  });

  it('should roll buurt-coded records up into their wijk as one cell of its own, for beleid and raad', async () => {
    // 2023: records coded with the buurten of Binnenstad (BU00010101, BU00010102) and one wijk code.
    const period = { from: '2023-01-01', to: '2023-12-31' };
    await sut.database.pool.query(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         route, received_on, neighbourhood_code, import_id)
       SELECT 'GM0001', (SELECT id FROM organisation WHERE code = 'GEM'), 'rollup-' || g.code || '-' || n,
              'klacht', 'wmo', 'eerste_lijn_gemeente', 'formeel', DATE '2023-05-01' + n, g.code,
              (SELECT min(id) FROM import)
         FROM (VALUES ('BU00010101', 7), ('BU00010102', 6), ('WK000103', 9)) AS g(code, records)
        CROSS JOIN generate_series(1, g.records) AS n`,
    );
    await sut.database.pool.query('SELECT * FROM refresh_rollups()');
    const countsOf = async (role: 'beleid' | 'raad') => {
      const result = await (await sut.login(role)).graphql<MapAnswer>(MAP, { query: { dateRange: period } });
      expect(result.errors).toBeUndefined();
      const map = result.data!.neighbourhoodMap;
      expect(map.level).toBe('wijk');
      expect(map.unmapped).toEqual([]);
      return map.areas.map(({ code, count, suppressed }) => ({ code, count, suppressed }));
    };
    expect(await countsOf('beleid')).toEqual([
      { code: 'WK000101', count: 13, suppressed: false },
      { code: 'WK000102', count: 0, suppressed: false },
      { code: 'WK000103', count: 9, suppressed: false },
    ]);
    // The council: each wijk perturbed as one cell over all its records (keys summed), as computed here.
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT 'WK' || substr(neighbourhood_code, 3, 6) AS cell, count(*) AS n, sum(record_key) AS keys
         FROM case_record WHERE received_on BETWEEN $1 AND $2 AND neighbourhood_code IS NOT NULL GROUP BY 1`,
      [period.from, period.to],
    );
    expect(await countsOf('raad')).toEqual(
      ['WK000101', 'WK000102', 'WK000103'].map((code) => {
        const expected = published.get(code) ?? { value: 0, suppressed: false };
        return { code, count: expected.value, suppressed: expected.suppressed };
      }),
    );
  });
});
