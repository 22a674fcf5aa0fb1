import { createTestDatabase, TestDatabase } from '@leerlus/sql/testing';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../auth/role';
import { CoverageRepository } from './coverage.repository';
import { CoverageService } from './coverage.service';
import { HandlingTimesRepository } from '../handling-times/handling-times.repository';
import { HandlingTimesService } from '../handling-times/handling-times.service';
import { DEFAULT_DISCLOSURE_POLICY } from '../disclosure/disclosure';
import {
  insertCases,
  insertObjections,
  seedIndicatorBasics,
} from '../handling-times/testing/indicator-fixtures';
import { OutcomesRepository } from '../outcomes/outcomes.repository';
import { OutcomesService } from '../outcomes/outcomes.service';

const BELEID: AuthenticatedUser = {
  id: 1,
  username: 'beleid',
  displayName: 'beleid',
  role: 'beleid',
  municipalityCode: null,
};

/**
 * Objection decisions carry their own delivery coverage (docs/indicators/coverage.md): the legal
 * department's export is dated months ago, while complaint sources delivered up to date. The months after
 * the objection export are "nog niet geleverd" (null, never 0) although complaints were delivered for them.
 */
describe('coverage of objections in the outcomes and handling-time series (export dated months ago)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let sut: OutcomesService;
  let handlingTimes: HandlingTimesService;

  beforeAll(async () => {
    database = await createTestDatabase();
    const pool = database.pool;
    await seedIndicatorBasics(pool);
    // The objection export of the legal department was made on 31 March (months before today).
    await pool.query(
      `INSERT INTO import (municipality_code, file_name, sha256, profile, status, finished_at, exported_on)
       VALUES ('GM0001', 'bezwaren.csv', $1, 'test', 'succeeded', '2025-06-20T10:00:00Z', '2025-03-31')`,
      ['b'.repeat(64)],
    );
    // Complaints were exported up to date (the fixture import, loaded 1 July) through June.
    for (const month of ['01', '02', '03', '04', '05', '06']) {
      await insertCases(pool, { received: `2025-${month}-10`, outcome: 'gegrond', count: 6 });
    }
    for (const month of ['01', '02', '03']) {
      await insertObjections(pool, { received: `2025-${month}-05`, decided: `2025-${month}-25`, count: 6 });
    }
    await pool.query(
      `UPDATE objection_decision SET import_id = (SELECT id FROM import WHERE file_name = 'bezwaren.csv')`,
    );
    await pool.query('SELECT * FROM refresh_rollups()');
    dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    const clock = { today: () => '2025-07-15' };
    const coverage = new CoverageService(new CoverageRepository(dataSource));
    sut = new OutcomesService(new OutcomesRepository(dataSource), DEFAULT_DISCLOSURE_POLICY, clock, coverage);
    handlingTimes = new HandlingTimesService(
      new HandlingTimesRepository(dataSource),
      DEFAULT_DISCLOSURE_POLICY,
      clock,
      coverage,
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should mark the months after the objection export as not delivered, with null figures, never 0', async () => {
    const result = await sut.outcomes(
      { family: 'bezwaar', granularity: 'MONTH', dateRange: { from: '2025-01-01', to: '2025-06-30' } },
      BELEID,
    );
    expect(
      result.totals.map((row) => [
        row.period,
        row.coverage.completeness,
        row.received.value,
        row.upholdRate.value,
      ]),
    ).toEqual([
      ['2025-01-01', 'definitief', 6, 0],
      ['2025-02-01', 'definitief', 6, 0],
      ['2025-03-01', 'definitief', 6, 0],
      ['2025-04-01', 'nog_niet_geleverd', null, null],
      ['2025-05-01', 'nog_niet_geleverd', null, null],
      ['2025-06-01', 'nog_niet_geleverd', null, null],
    ]);
  });

  it('should judge complaints by their own sources: the same months are delivered for complaints', async () => {
    const result = await sut.outcomes(
      { family: 'klacht', granularity: 'MONTH', dateRange: { from: '2025-01-01', to: '2025-06-30' } },
      BELEID,
    );
    expect(result.totals.map((row) => [row.period, row.coverage.completeness, row.received.value])).toEqual([
      ['2025-01-01', 'definitief', 6],
      ['2025-02-01', 'definitief', 6],
      ['2025-03-01', 'definitief', 6],
      ['2025-04-01', 'definitief', 6],
      ['2025-05-01', 'definitief', 6],
      ['2025-06-01', 'definitief', 6],
    ]);
  });

  it('should call a half year provisional when part of it is not delivered, naming the source', async () => {
    const result = await sut.outcomes(
      { family: 'bezwaar', dateRange: { from: '2025-01-01', to: '2025-06-30' } },
      BELEID,
    );
    expect(result.totals[0]?.coverage).toEqual({
      completeness: 'voorlopig',
      sourcesDelivered: 0,
      sourcesExpected: 1,
      notDelivered: ['Gemeente Leerstad'],
    });
    expect(result.totals[0]?.received.value).toBe(18);
  });

  it('should carry the same coverage in the handling times of objections: not delivered is null, not 0', async () => {
    const result = await handlingTimes.handlingTimes(
      { family: 'bezwaar', granularity: 'QUARTER', dateRange: { from: '2025-01-01', to: '2025-06-30' } },
      BELEID,
    );
    expect(
      result.totals.map((row) => [row.period, row.coverage.completeness, row.received.value, row.withinTermPercentage.value]),
    ).toEqual([
      ['2025-01-01', 'definitief', 18, 100],
      ['2025-04-01', 'nog_niet_geleverd', null, null],
    ]);
  });
});
