import { Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { SignalsScheduler } from '../signals/signals.scheduler';
import { createTestApp, TestApp } from '../testing/createTestApp';
import { DATA_BUSY } from './database-busy';

const RECORDS = `{ caseRecords(filter: { from: "2025-01-01", to: "2025-12-31" }) { totalCount } }`;
const THERMOMETER = `{ thermometer { domains { domain colour } } }`;
const HEALTH = `{ health { status } }`;

/**
 * An initial load (etl/src/import/initial-load.ts) holds case_record and case_theme in ACCESS EXCLUSIVE
 * mode until it commits. Requests that need those tables must then say so after the API's lock_timeout
 * instead of holding a connection until the load is done; the rest of the API keeps answering.
 */
describe('requests while the facts are locked (real PostgreSQL and HTTP)', () => {
  let sut: TestApp;
  let locker: PoolClient;

  beforeAll(async () => {
    sut = await createTestApp({ databaseLockTimeoutMs: 300 });
    await sut.database.pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    locker = await sut.database.pool.connect();
  });

  afterAll(async () => {
    locker?.release();
    await sut?.close();
  });

  const lockFacts = async (): Promise<void> => {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE case_record, case_theme IN ACCESS EXCLUSIVE MODE');
  };

  it('should answer DATA_BUSY in plain Dutch over GraphQL, and answer again once the lock is gone', async () => {
    const session = await sut.login('beleid');
    await lockFacts();
    try {
      const busy = await session.graphql(RECORDS);
      expect(busy.data).toBeNull();
      expect(busy.errors).toHaveLength(1);
      expect(busy.errors?.[0]?.extensions?.code).toBe(DATA_BUSY);
      expect(busy.errors?.[0]?.message).toMatch(/^De gegevens worden op dit moment bijgewerkt/);
      // Health asks no locked table: it keeps answering, so an orchestrator does not restart the API.
      const health = await sut.graphql<{ health: { status: string } }>(HEALTH);
      expect(health.errors).toBeUndefined();
      expect(health.data?.health.status).toBe('ok');
    } finally {
      await locker.query('ROLLBACK');
    }
    const answered = await session.graphql<{ caseRecords: { totalCount: number } }>(RECORDS);
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.caseRecords.totalCount).toBe(0);
  });

  it('should answer a download with 503 and Retry-After', async () => {
    const session = await sut.login('beleid');
    await lockFacts();
    try {
      const response = await fetch(`${sut.baseUrl}/api/records/export.csv?from=2025-01-01`, {
        headers: { cookie: session.cookie },
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('60');
      const body = (await response.json()) as { message: string };
      expect(body.message).toMatch(/^De gegevens worden op dit moment bijgewerkt/);
    } finally {
      await locker.query('ROLLBACK');
    }
  });

  it('should keep answering the council thermometer from the rollups meanwhile', async () => {
    const session = await sut.login('raad');
    await lockFacts();
    try {
      const result = await session.graphql<{ thermometer: { domains: unknown[] } }>(THERMOMETER);
      expect(result.errors).toBeUndefined();
      expect(result.data?.thermometer.domains.length).toBeGreaterThan(0);
    } finally {
      await locker.query('ROLLBACK');
    }
  });

  it('should put off a scheduled recompute of the signals as a warning, not an error', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const errors = jest.spyOn(Logger.prototype, 'error');
    await lockFacts();
    try {
      await sut.app.get(SignalsScheduler).recompute();
    } finally {
      await locker.query('ROLLBACK');
    }
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).toHaveBeenCalledWith(expect.stringMatching(/^Signalen herberekenen uitgesteld/));
    warnings.mockRestore();
    errors.mockRestore();
  });
});
