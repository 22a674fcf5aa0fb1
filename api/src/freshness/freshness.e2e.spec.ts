import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { insertCases, seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { createTestApp, TestApp } from '../testing/createTestApp';

const FRESHNESS = `{ dataFreshness { disclosureControl sources { organisationCode stale rows { value suppressed } } } }`;

interface FreshnessData {
  dataFreshness: { sources: { organisationCode: string; stale: boolean; rows: { value: number | null } }[] };
}

describe('dataFreshness (GraphQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    await seedIndicatorBasics(sut.database.pool);
    await insertCases(sut.database.pool, { received: '2020-01-01', count: 6 });
    await insertCases(sut.database.pool, {
      source: 'NO',
      line: 'tweede_lijn',
      received: '2020-01-01',
      count: 2,
    });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should refuse an anonymous caller', async () => {
    expect((await sut.graphql(FRESHNESS)).errors?.length).toBeGreaterThan(0);
  });

  it('should flag stale sources for everyone and perturb row counts for the council', async () => {
    const rows = (data?: FreshnessData): Record<string, [number | null, boolean]> =>
      Object.fromEntries(
        (data?.dataFreshness.sources ?? []).map((source) => [
          source.organisationCode,
          [source.rows.value, source.stale],
        ]),
      );
    const raad = await (await sut.login('raad')).graphql<FreshnessData>(FRESHNESS);
    expect(raad.errors).toBeUndefined();
    const published = await publishedFromFacts(
      sut.database.pool,
      `SELECT o.code AS cell, count(*) AS n, sum(f.record_key) AS keys
         FROM (SELECT source_organisation_id AS organisation_id, record_key FROM case_record
               UNION ALL SELECT source_organisation_id, record_key FROM objection_decision
               UNION ALL SELECT provider_organisation_id, record_key FROM provider_report) f
         JOIN organisation o ON o.id = f.organisation_id
        GROUP BY 1`,
    );
    expect(rows(raad.data)).toMatchObject({
      GEM: [published.get('GEM')?.value, true],
      NO: [published.get('NO')?.value, true],
    });
    const beheer = await (await sut.login('beheer')).graphql<FreshnessData>(FRESHNESS);
    expect(rows(beheer.data)).toMatchObject({ GEM: [6, true], NO: [2, true] });
  });
});
