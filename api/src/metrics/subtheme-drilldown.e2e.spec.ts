import { createTestApp, TestApp } from '../testing/createTestApp';

const METRICS = `query ($query: MetricsQueryInput!) {
  metrics(query: $query) { rows { dimensions { code label } values { value } } }
}`;
const RECORDS = `query ($filter: CaseRecordFilterInput) { caseRecords(filter: $filter) { totalCount } }`;

interface MetricsData {
  metrics: { rows: { dimensions: { code: string; label: string }[]; values: { value: number | null }[] }[] };
}

/**
 * The theme tree's drill-down: the theme "wachttijd" (5 records on the theme itself, 7 on its subtheme
 * "wachttijd_toegang") splits into two members that add up to the theme's bar, and the records behind
 * the subtheme are exactly its count.
 */
describe('subtheme drill-down (GraphQL, real PostgreSQL)', () => {
  let sut: TestApp;
  const range = { from: '2025-05-01', to: '2025-05-31' };

  beforeAll(async () => {
    sut = await createTestApp();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    await sql(`INSERT INTO organisation (code, name, kind) VALUES ('ORG', 'Gemeente Leerstad', 'gemeente')`);
    await sql(
      `INSERT INTO import (municipality_code, file_name, sha256, profile) VALUES ('GM0001', 't.csv', $1, 'test')`,
      ['e'.repeat(64)],
    );
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
