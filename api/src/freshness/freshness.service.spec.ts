import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, Role } from '../auth/role';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import { insertCases, seedIndicatorBasics } from '../handling-times/testing/indicator-fixtures';
import { DEFAULT_FRESHNESS_EXPECTATIONS } from './freshness.config';
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
    sut = new FreshnessService(
      new FreshnessRepository(dataSource),
      DEFAULT_DISCLOSURE_POLICY,
      { today: () => '2025-07-15' },
      DEFAULT_FRESHNESS_EXPECTATIONS,
    );
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

  it('should suppress small row counts for the council but keep the dates and flags', async () => {
    const result = await sut.freshness({}, viewer('raad'));
    const byCode = Object.fromEntries(result.sources.map((source) => [source.organisationCode, source]));
    expect(byCode.NO?.rows).toEqual({ value: null, suppressed: true });
    expect(byCode['ZORG-A']?.rows).toEqual({ value: null, suppressed: true });
    expect(byCode.GEM?.rows).toEqual({ value: 10, suppressed: false });
    expect(byCode.NO?.stale).toBe(false);
  });
});
