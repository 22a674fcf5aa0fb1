import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { loadDemoData } from './demo';
import { TEST_KEY } from './testing/fixtures';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs('leerlus-etl-');

describe(loadDemoData.name, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    process.env.LEERLUS_PSEUDONYM_KEY = TEST_KEY;
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('should seed the reference data and import every demo export with its profile, once', async () => {
    const dataDir = await tempDir();
    const messages: string[] = [];
    const result = await loadDemoData(db.pool, {
      dataDir,
      records: 1500,
      seed: 7,
      log: (m) => messages.push(m),
    });
    expect(result.skipped).toBe(false);
    expect(result.municipalityCode).toBe('GM9901');
    for (const summary of result.imports) {
      expect({ profile: summary.profile, status: summary.status, message: summary.message }).toEqual({
        profile: summary.profile,
        status: 'succeeded',
        message: null,
      });
    }
    const profiles = new Set(result.imports.map((summary) => summary.profile));
    expect([...profiles].sort()).toEqual([
      'aanbieder-halfjaarrapportage',
      'aanbieder-klachtenlijst',
      'bezwaarbeslissingen',
      'gemeente-klachten',
      'ombudsman-zaken',
    ]);
    const { rows } = await db.pool.query(
      `SELECT (SELECT count(*)::int FROM case_record) AS cases, (SELECT count(*)::int FROM objection_decision) AS objections,
              (SELECT count(*)::int FROM provider_report) AS reports`,
    );
    expect(rows[0].cases).toBeGreaterThan(1000);
    expect(rows[0].objections).toBeGreaterThan(0);
    expect(rows[0].reports).toBeGreaterThan(0);
    // A theme model trained on the corpus is in use for the imports; records without a source theme were classified.
    const models = await db.pool.query(`SELECT version, status, trained_by FROM theme_model`);
    expect(models.rows).toEqual([{ version: 1, status: 'actief', trained_by: 'demo' }]);
    const classified = await db.pool.query(
      `SELECT count(*)::int AS n FROM case_theme WHERE assigned_by = 'classificatie' AND evidence <> '{}'`,
    );
    expect(classified.rows[0].n).toBeGreaterThan(0);
    // The demo region: Lusdonk and three smaller neighbours, all taking part in the regional comparison,
    // each with its own complaints (from 2024) and inhabitants.
    const region = await db.pool.query(
      `SELECT m.code, m.regional_comparison, count(c.id)::int AS cases, min(c.received_on)::text AS first,
              (SELECT count(*)::int FROM municipality_population p WHERE p.municipality_code = m.code) AS years
         FROM municipality m LEFT JOIN case_record c ON c.municipality_code = m.code
        WHERE m.region = 'Regio Lusland' GROUP BY m.code ORDER BY m.code`,
    );
    expect(region.rows.map((row) => row.code)).toEqual(['GM9901', 'GM9902', 'GM9903', 'GM9904']);
    for (const row of region.rows) {
      expect(row.regional_comparison).toBe(true);
      expect(row.cases).toBeGreaterThan(0);
      expect(row.years).toBe(6);
    }
    for (const row of region.rows.slice(1)) {
      expect(row.cases).toBeLessThan(region.rows[0].cases);
      expect(row.first >= '2024-01-01').toBe(true);
    }
    const again = await loadDemoData(db.pool, { dataDir });
    expect(again).toEqual({ skipped: true, municipalityCode: null, imports: [] });
  }, 900_000);
});
