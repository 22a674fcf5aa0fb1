import { createTestApp, TestApp } from '../testing/createTestApp';

const HANDLING_TIMES = `query ($query: HandlingTimesQueryInput!) {
  handlingTimes(query: $query) { openAsOf totals { open { value } openBeyondTerm { value } } }
}`;

interface Data {
  handlingTimes: {
    openAsOf: string | null;
    totals: { open: { value: number | null }; openBeyondTerm: { value: number | null } }[];
  };
}

/**
 * An export dated months ago: the municipality's case list was exported on 31 January 2026. In it, 3
 * complaints received on 1 November 2025 are open (91 days on the export date: beyond the 6-week term),
 * 25 received on 20 January 2026 are open (11 days: within). Measured to today all 28 look overdue,
 * although most were probably closed since.
 */
describe('open beyond the term, as of the export date (GraphQL, real PostgreSQL)', () => {
  let sut: TestApp;
  const query = { family: 'klacht', dateRange: { from: '2025-10-01', to: '2026-01-31' } };

  beforeAll(async () => {
    sut = await createTestApp();
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    await sql(`INSERT INTO organisation (code, name, kind, municipality_code)
               VALUES ('gemeente', 'Gemeente Leerstad', 'gemeente', 'GM0001')`);
    await sql(
      `INSERT INTO import (municipality_code, file_name, sha256, profile, status, exported_on)
       VALUES ('GM0001', 'januari.csv', $1, 'test', 'succeeded', '2026-01-31')`,
      ['d'.repeat(64)],
    );
    for (const [received, count] of [
      ['2025-11-01', 3],
      ['2026-01-20', 25],
    ] as const) {
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation), $1 || '-' || n, 'klacht', 'wmo', 'eerste_lijn_gemeente',
                $1::date, (SELECT id FROM import)
           FROM generate_series(1, $2::integer) AS n`,
        [received, count],
      );
    }
    await sql('SELECT * FROM refresh_rollups()');
  });

  afterAll(async () => {
    await sut?.close();
  });

  const read = async (extra: Record<string, unknown> = {}): Promise<Data['handlingTimes'] | undefined> => {
    const session = await sut.login('beleid');
    const result = await session.graphql<Data>(HANDLING_TIMES, { query: { ...query, ...extra } });
    expect(result.errors).toBeUndefined();
    return result.data?.handlingTimes;
  };

  it('should count open records beyond the term on the export date by default', async () => {
    const result = await read();
    expect(result?.openAsOf).toBeNull();
    expect([result?.totals[0]?.open.value, result?.totals[0]?.openBeyondTerm.value]).toEqual([28, 3]);
  });

  it('should measure to a chosen as-of date when asked', async () => {
    const result = await read({ asOf: '2026-03-31' });
    expect(result?.openAsOf).toBe('2026-03-31');
    expect(result?.totals[0]?.openBeyondTerm.value).toBe(28);
  });
});
