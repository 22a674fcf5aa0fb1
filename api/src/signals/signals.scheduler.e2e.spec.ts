import { createTestApp, TestApp } from '../testing/createTestApp';
import { eventually } from '../testing/eventually';

/**
 * Signals are recomputed on a schedule, not only by an import: here the records arrive without an
 * import run (no refresh_signals() call), and the signal still appears.
 */
describe('scheduled recompute of the signals (real PostgreSQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp({ signalsRefreshMinutes: 0.005 });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should compute a signal for records that arrived without an import run', async () => {
    const sql = (text: string): Promise<unknown> => sut.database.pool.query(text);
    await sql(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
    await sql(`INSERT INTO organisation (code, name, kind, municipality_code) VALUES
      ('gemeente', 'Gemeente', 'gemeente', 'GM0001'), ('a', 'A', 'aanbieder', 'GM0001'),
      ('b', 'B', 'aanbieder', 'GM0001'), ('c', 'C', 'aanbieder', 'GM0001')`);
    await sql(`INSERT INTO import (municipality_code, file_name, sha256, profile)
               VALUES ('GM0001', 't.csv', '${'e'.repeat(64)}', 'test')`);
    // One citizen at three organisations in one municipal export.
    await sql(`INSERT INTO case_record (municipality_code, source_organisation_id, subject_organisation_id,
                 external_id, kind, domain_code, line, received_on, subject_key, import_id)
               SELECT 'GM0001', (SELECT id FROM organisation WHERE code = 'gemeente'), o.id, 'x-' || o.code,
                      'klacht', 'jeugd', 'eerste_lijn_gemeente', DATE '2025-01-10' + (o.id % 3) * 30, 'ps_1',
                      (SELECT id FROM import)
                 FROM organisation o WHERE o.code IN ('a', 'b', 'c')`);
    await eventually(async () => {
      const { rows } = await sut.database.pool.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM signal WHERE rule_code = 'wal_en_schip' AND active`,
      );
      return rows[0]?.n === 1;
    });
  });
});
