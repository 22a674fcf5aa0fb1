import { createTestApp, TestApp } from '../testing/createTestApp';
import { seedLeerstad } from '../testing/leerstad';

const METRICS = `query ($query: MetricsQueryInput!) {
  metrics(query: $query) { rows { dimensions { code label } values { value } } }
}`;
const RECORDS = `query ($filter: CaseRecordFilterInput) { caseRecords(filter: $filter) { totalCount } }`;

interface MetricsData {
  metrics: { rows: { dimensions: { code: string; label: string }[]; values: { value: number | null }[] }[] };
}

/**
 * One roll-up rule for the theme tree: 5 records on the theme "wachttijd" itself, 7 on its subtheme
 * "wachttijd_toegang" and 3 on "bejegening". The theme's bar counts its subthemes (12, as the records
 * behind it), and its drill-down splits into two members that add up to the bar.
 */
describe('theme tree: bar, drill-down and records agree (GraphQL, real PostgreSQL)', () => {
  let sut: TestApp;
  const range = { from: '2025-05-01', to: '2025-05-31' };

  beforeAll(async () => {
    sut = await createTestApp();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    await seedLeerstad(sut.database.pool, 'e'.repeat(64));
    for (const [theme, count] of [
      ['wachttijd', 5],
      ['wachttijd_toegang', 7],
      ['bejegening', 3],
    ] as const) {
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, theme_id, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation), $1 || '-' || n, 'klacht', 'wmo', 'eerste_lijn_gemeente',
                '2025-05-12', (SELECT id FROM theme WHERE code = $1), (SELECT id FROM import)
           FROM generate_series(1, $2::integer) AS n`,
        [theme, count],
      );
    }
    await sql('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should count subthemes in their theme in the chart as in the records', async () => {
    const session = await sut.login('beleid');
    const metrics = await session.graphql<MetricsData>(METRICS, {
      query: { measures: ['caseCount'], dimensions: ['theme'], dateRange: range },
    });
    expect(metrics.errors).toBeUndefined();
    const bars = Object.fromEntries(
      metrics.data?.metrics.rows.map((row) => [row.dimensions[0]?.code, row.values[0]?.value]) ?? [],
    );
    expect(bars).toEqual({ wachttijd: 12, bejegening: 3 });
    const records = await session.graphql<{ caseRecords: { totalCount: number } }>(RECORDS, {
      filter: { theme: ['wachttijd'], ...range },
    });
    expect(records.data?.caseRecords.totalCount).toBe(12);
  });

  it('should split a theme into its subthemes that add up to the theme and match their records', async () => {
    const beleid = await sut.login('beleid');
    const metrics = async (dimension: string, theme?: string[]) =>
      (
        await beleid.graphql<MetricsData>(METRICS, {
          query: {
            measures: ['caseCount'],
            dimensions: [dimension],
            dateRange: range,
            filters: theme ? { theme } : {},
          },
        })
      ).data?.metrics.rows ?? [];
    const theme = (await metrics('theme')).find((row) => row.dimensions[0]?.code === 'wachttijd');
    expect(theme?.values[0]?.value).toBe(12);

    const subthemes = await metrics('subtheme', ['wachttijd']);
    const counts = Object.fromEntries(
      subthemes.map((row) => [row.dimensions[0]?.code, row.values[0]?.value]),
    );
    expect(counts).toEqual({ wachttijd: 5, wachttijd_toegang: 7 });
    expect(subthemes.find((row) => row.dimensions[0]?.code === 'wachttijd')?.dimensions[0]?.label).toMatch(
      /\(geen subthema\)$/,
    );

    const records = await beleid.graphql<{ caseRecords: { totalCount: number } }>(RECORDS, {
      filter: { theme: ['wachttijd_toegang'], ...range },
    });
    expect(records.data?.caseRecords.totalCount).toBe(7);
  });
});
