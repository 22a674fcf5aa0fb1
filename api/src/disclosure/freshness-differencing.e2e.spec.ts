import { Role } from '../auth/role';
import { seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { createTestApp, TestApp } from '../testing/createTestApp';

/**
 * Issue 19, finding 1, for the freshness page: a source's row count (all its records) minus its
 * `metrics` count up to the month before its last month gives that last month's records back. Planted:
 * 32 sources, source i with 20 + i % 7 records in 2024-01 and t = 1 + i % 4 in 2024-02 (the hidden
 * value). Works against beleid's exact figures; for raad it may recover no more than the noise allows.
 * Record keys are fixed from a hash, so the outcome is the same on every run.
 */
const SOURCES = 32;
const hidden = (i: number): number => 1 + (i % 4);
/** As in differencing.e2e.spec.ts: 27 % of key pairs give the true difference; margin for 32 draws. */
const MAX_SUCCESS_RATE = 0.45;

describe('differencing attack on the freshness of sources (issue 19)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    const pool = sut.database.pool;
    await seedIndicatorBasics(pool);
    await pool.query(
      `INSERT INTO organisation (code, name, kind, municipality_code)
       SELECT 'BRON-' || i, 'Bron ' || i, 'aanbieder', 'GM0001' FROM generate_series(0, $1::integer - 1) AS i`,
      [SOURCES],
    );
    await pool.query(
      `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
         route, received_on, import_id)
       SELECT 'GM0001', o.id, o.code || '-' || m.month || '-' || n, 'klacht', 'wmo', 'eerste_lijn_aanbieder',
              'formeel', m.month, (SELECT min(id) FROM import)
         FROM generate_series(0, $1::integer - 1) AS i
         JOIN organisation o ON o.code = 'BRON-' || i
        CROSS JOIN LATERAL (VALUES (DATE '2024-01-10', 20 + i % 7), (DATE '2024-02-10', 1 + i % 4)) AS m(month, records)
        CROSS JOIN generate_series(1, m.records) AS n`,
      [SOURCES],
    );
    await pool.query(`UPDATE case_record SET record_key = hashtext('freshness:' || external_id) & 255`);
    await pool.query('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it("should defeat a source's rows minus its earlier months", async () => {
    const FRESHNESS = `{ dataFreshness { sources { organisationCode rows { value } } } }`;
    const METRICS = `query ($query: MetricsQueryInput!) { metrics(query: $query) { totals { values { value } } } }`;
    const rates: Partial<Record<Role, number>> = {};
    for (const role of ['beleid', 'raad'] as const) {
      const session = await sut.login(role);
      const freshness = await session.graphql<{
        dataFreshness: { sources: { organisationCode: string; rows: { value: number | null } }[] };
      }>(FRESHNESS);
      expect(freshness.errors).toBeUndefined();
      const rowsOf = new Map(
        freshness.data!.dataFreshness.sources.map((source) => [source.organisationCode, source.rows.value]),
      );
      let hits = 0;
      for (let i = 0; i < SOURCES; i++) {
        const january = await session.graphql<{
          metrics: { totals: { values: { value: number | null }[] }[] };
        }>(METRICS, {
          query: {
            measures: ['caseCount'],
            dateRange: { from: '2024-01-01', to: '2024-01-31' },
            filters: { sourceOrganisation: [`BRON-${i}`] },
          },
        });
        const all = rowsOf.get(`BRON-${i}`);
        const before = january.data?.metrics.totals[0]?.values[0]?.value;
        if (all !== null && all !== undefined && before !== null && before !== undefined) {
          if (all - before === hidden(i)) hits++;
        }
      }
      rates[role] = hits / SOURCES;
    }
    if (process.env.LEERLUS_ATTACK_REPORT === '1') console.info(rates);
    expect(rates.beleid).toBe(1);
    expect(rates.raad).toBeLessThanOrEqual(MAX_SUCCESS_RATE);
  });
});
