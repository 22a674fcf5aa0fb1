import { createTestApp, TestApp } from '../testing/createTestApp';

const THERMOMETER = `query ($period: String) {
  thermometer(period: $period) {
    period { quarter completeness notDelivered }
    domains {
      domain colour explanation
      indicators { indicator colour reading explanation comparedSources }
    }
  }
}`;

interface Data {
  thermometer: {
    period: { quarter: string; completeness: string; notDelivered: string[] };
    domains: {
      domain: string;
      colour: string;
      explanation: string;
      indicators: {
        indicator: string;
        colour: string;
        reading: number | null;
        explanation: string;
        comparedSources: string[] | null;
      }[];
    }[];
  };
}

/**
 * Sources that start in different years: the ombudsman delivers since 2024 (7 Wmo complaints in
 * 2024-Q2, 8 in 2025-Q2), the municipality's own export starts in 2025 (50 in 2025-Q2). Counting every
 * source, 2025-Q2 has 58 against 7 (+729 %, red); over the ombudsman alone it is 8 against 7.
 */
describe('thermometer over sources that start in different years (GraphQL, real PostgreSQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    await sql(`INSERT INTO organisation (code, name, kind, municipality_code) VALUES
      ('gemeente', 'Gemeente Leerstad', 'gemeente', 'GM0001'), ('ombudsman', 'Ombudsman', 'ombudsman', NULL)`);
    await sql(
      `INSERT INTO import (municipality_code, file_name, sha256, profile, status, exported_on)
       VALUES ('GM0001', 't.csv', $1, 'test', 'succeeded', '2025-12-31')`,
      ['c'.repeat(64)],
    );
    const cases = async (source: string, received: string, count: number): Promise<void> => {
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation WHERE code = $1), $1 || $2 || '-' || n, 'klacht', 'wmo',
                'eerste_lijn_gemeente', $2::date, (SELECT id FROM import)
           FROM generate_series(1, $3::integer) AS n`,
        [source, received, count],
      );
    };
    await cases('ombudsman', '2024-01-10', 2);
    await cases('ombudsman', '2024-05-10', 7);
    await cases('ombudsman', '2025-05-10', 8);
    await cases('gemeente', '2025-01-15', 20);
    await cases('gemeente', '2025-05-12', 50);
    await sql('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should give the council the same comparison, within the noise of its perturbed counts', async () => {
    const session = await sut.login('raad');
    const result = await session.graphql<Data>(THERMOMETER, { period: '2025-Q2' });
    expect(result.errors).toBeUndefined();
    const wmo = result.data?.thermometer.domains.find((domain) => domain.domain === 'wmo');
    const trend = wmo?.indicators.find((indicator) => indicator.indicator === 'complaintsTrend');
    expect(trend?.comparedSources).toEqual(['Ombudsman']);
    // 7 -> 8 over the ombudsman, each within 2 of the truth: never the +729 % of all sources against one.
    expect(trend?.reading === null || Math.abs(trend!.reading) <= 100).toBe(true);
  });

  it('should compare the complaints only over the sources that delivered both quarters', async () => {
    // beleid sees exact counts, so the reading is the true one.
    const session = await sut.login('beleid');
    const result = await session.graphql<Data>(THERMOMETER, { period: '2025-Q2' });
    expect(result.errors).toBeUndefined();
    const wmo = result.data?.thermometer.domains.find((domain) => domain.domain === 'wmo');
    const trend = wmo?.indicators.find((indicator) => indicator.indicator === 'complaintsTrend');
    expect([trend?.reading, trend?.colour, trend?.comparedSources]).toEqual([14, 'groen', ['Ombudsman']]);
    expect(trend?.explanation).toContain(
      'Alleen vergeleken wat dezelfde bronnen in beide kwartalen leverden',
    );
    expect(wmo?.colour).toBe('groen');
    expect(result.data?.thermometer.period).toEqual({
      quarter: '2025-Q2',
      completeness: 'definitief',
      notDelivered: [],
    });
  });
});
