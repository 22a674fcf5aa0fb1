import { publishedFromFacts } from '../disclosure/testing/published-from-facts';
import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, Role } from '../auth/role';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { insertCases, seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { FreshnessRepository } from './freshness.repository';
import { FreshnessService } from './freshness.service';

const viewer = (role: Role): AuthenticatedUser => ({
  id: 1,
  username: role,
  displayName: role,
  role,
  municipalityCode: 'GM0001',
});

describe(FreshnessService.name, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: FreshnessService;

  beforeAll(async () => {
    database = await createTestDatabase();
    const pool = database.pool;
    await seedIndicatorBasics(pool);
    await pool.query(
      `INSERT INTO contract (municipality_code, organisation_id, domain_code, starts_on)
       VALUES ('GM0001', (SELECT id FROM organisation WHERE code = 'ZORG-B'), 'jeugd', '2024-01-01')`,
    );
    await insertCases(pool, { received: '2025-07-10', count: 10 });
    await insertCases(pool, {
      source: 'ZORG-A',
      line: 'eerste_lijn_aanbieder',
      received: '2024-12-01',
      count: 6,
    });
    await insertCases(pool, { source: 'NO', line: 'tweede_lijn', received: '2025-05-01', count: 3 });
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    sut = new FreshnessService(new FreshnessRepository(dataSource), DEFAULT_DISCLOSURE_POLICY, {
      today: () => '2025-07-15',
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should flag sources whose newest data is older than the expectation for their kind', async () => {
    const result = await sut.freshness({}, viewer('beheer'));
    expect(
      result.sources.map((source) => [
        source.organisationCode,
        source.rows.value,
        source.latestBusinessDate,
        source.daysSinceLatestData,
        source.expectedWithinDays,
        source.stale,
      ]),
    ).toEqual([
      ['ZORG-A', 6, '2024-12-01', 226, 213, true],
      ['ZORG-B', 0, null, null, 213, true],
      ['GEM', 10, '2025-07-10', 5, 7, false],
      ['NO', 3, '2025-05-01', 75, 90, false],
    ]);
    const gemeente = result.sources.find((source) => source.organisationCode === 'GEM');
    expect(gemeente?.lastImportAt).toBe('2025-07-01T10:00:00.000Z');
    expect(gemeente?.daysSinceLastImport).toBe(14);
    expect(result.totalRows.value).toBe(19);
  });

  it('should perturb row counts for the council but keep the dates and flags', async () => {
    const result = await sut.freshness({}, viewer('raad'));
    const byCode = Object.fromEntries(result.sources.map((source) => [source.organisationCode, source]));
    const published = await publishedFromFacts(
      database.pool,
      `SELECT o.code AS cell, count(*) AS n, sum(f.record_key) AS keys
         FROM (SELECT source_organisation_id AS organisation_id, record_key FROM case_record
               UNION ALL SELECT source_organisation_id, record_key FROM objection_decision
               UNION ALL SELECT provider_organisation_id, record_key FROM provider_report) f
         JOIN organisation o ON o.id = f.organisation_id
        GROUP BY 1`,
    );
    for (const code of ['NO', 'ZORG-A', 'GEM']) expect(byCode[code]?.rows).toEqual(published.get(code));
    expect(byCode.NO?.stale).toBe(false);
  });
});
