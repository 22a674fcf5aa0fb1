import { systemClock } from '../metrics/metrics.service';
import { addDays, addMonths, bucketStart } from '../metrics/periods';
import { createTestApp, TestApp } from '../testing/createTestApp';

const METRICS = `query ($query: MetricsQueryInput!) {
  metrics(query: $query) {
    totals {
      period comparable
      coverage { completeness sourcesDelivered sourcesExpected notDelivered }
      values { value previousValue change }
    }
    sourceMonths { organisationCode month status }
  }
}`;

interface Total {
  period: string;
  comparable: boolean;
  coverage: { completeness: string; sourcesDelivered: number; sourcesExpected: number; notDelivered: string[] };
  values: { value: number | null; previousValue: number | null; change: number | null }[];
}
interface Data {
  metrics: { totals: Total[]; sourceMonths: { organisationCode: string; month: string; status: string }[] };
}

/**
 * A municipality's real-shaped exports, relative to today (month m(-k) = k months before this one):
 * - the ombudsman's case list since m(-24), exported at the end of m(-3);
 * - the municipality's own export since m(-11) (it joined a year ago), exported at the end of m(-3);
 * - a provider's case list since m(-11), delivered half-yearly, exported at the end of m(-6).
 * Every source has 4 complaints in every month it delivered. m(-2) and m(-1) nobody delivered yet.
 */
describe('delivery coverage in metrics series (GraphQL, real PostgreSQL)', () => {
  let sut: TestApp;
  const thisMonth = bucketStart(systemClock.today(), 'MONTH');
  const month = (k: number): string => addMonths(thisMonth, -k);
  const monthEnd = (k: number): string => addDays(month(k - 1), -1);

  beforeAll(async () => {
    sut = await createTestApp();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    await sql(`INSERT INTO organisation (code, name, kind, municipality_code) VALUES
      ('gemeente', 'Gemeente Leerstad', 'gemeente', 'GM0001'), ('aanbieder', 'Zorg BV', 'aanbieder', 'GM0001'),
      ('ombudsman', 'Ombudsman', 'ombudsman', NULL)`);
    const sources: [string, number, number, number][] = [
      ['ombudsman', 24, 3, 1],
      ['gemeente', 11, 3, 2],
      ['aanbieder', 11, 6, 3],
    ];
    for (const [code, first, last, n] of sources) {
      await sql(
        `INSERT INTO import (municipality_code, file_name, sha256, profile, status, exported_on)
         VALUES ('GM0001', $1, $2, 'test', 'succeeded', $3)`,
        [`${code}.csv`, String(n).repeat(64), monthEnd(last)],
      );
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, import_id)
         SELECT 'GM0001', o.id, $1 || '-' || m || '-' || i, 'klacht', 'wmo', 'eerste_lijn_gemeente',
                (date_trunc('month', $4::date) - make_interval(months => m) + interval '9 days')::date,
                (SELECT id FROM import WHERE file_name = $1 || '.csv')
           FROM organisation o, generate_series($3::integer, $2::integer) AS m, generate_series(1, 4) AS i
          WHERE o.code = $1`,
        [code, first, last, thisMonth],
      );
    }
    await sql('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  const totals = async (query: Record<string, unknown>): Promise<Total[]> => {
    const session = await sut.login('beleid');
    const result = await session.graphql<Data>(METRICS, { query });
    expect(result.errors).toBeUndefined();
    return result.data?.metrics.totals ?? [];
  };

  it('should show the last 12 months that no source delivered as not delivered, not as 0', async () => {
    const rows = await totals({
      measures: ['caseCount'],
      granularity: 'MONTH',
      dateRange: { from: month(12), to: addDays(thisMonth, -1) },
    });
    const reading = rows.map((row) => [row.period, row.coverage.completeness, row.values[0]?.value]);
    expect(reading.slice(-2)).toEqual([
      [month(2), 'nog_niet_geleverd', null],
      [month(1), 'nog_niet_geleverd', null],
    ]);
    // The provider has not yet had to deliver m(-5)..m(-3): provisional, with what was delivered.
    expect(reading.slice(-5, -2)).toEqual([
      [month(5), 'voorlopig', 8],
      [month(4), 'voorlopig', 8],
      [month(3), 'voorlopig', 8],
    ]);
    expect(rows.at(-3)?.coverage).toEqual({
      completeness: 'voorlopig',
      sourcesDelivered: 2,
      sourcesExpected: 3,
      notDelivered: ['Zorg BV'],
    });
    expect(reading[0]).toEqual([month(12), 'definitief', 4]);
    expect(reading[1]).toEqual([month(11), 'definitief', 12]);
  });

  it('should not compute a change against a period other sources delivered', async () => {
    const rows = await totals({
      measures: ['caseCount'],
      granularity: 'MONTH',
      comparison: 'SAME_PERIOD_LAST_YEAR',
      dateRange: { from: month(12), to: month(3) },
    });
    const first = rows[0];
    const later = rows.find((row) => row.period === month(4));
    // m(-12) against m(-24): the ombudsman alone both times.
    expect([first?.comparable, first?.values[0]?.change]).toEqual([true, 0]);
    // m(-4) (ombudsman and municipality) against m(-16) (ombudsman only): not +4.
    expect([later?.comparable, later?.values[0]?.previousValue, later?.values[0]?.change]).toEqual([
      false,
      4,
      null,
    ]);
  });
});
