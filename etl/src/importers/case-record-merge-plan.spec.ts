import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { bulkPathAllowed } from '../load/bulk-references';
import { caseRecordMergePlan } from './case-record.importer';

// A foreign key added by a migration without its check in the plan does not fail an import: the merge
// quietly falls back to PostgreSQL's per-row checks. That happened once (case_theme.rule_theme_id,
// migrations/0080) and made the merge about twice as slow; this catches it against the migrated schema.
describe(caseRecordMergePlan.name, () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('should list every foreign key and trigger of case_record and case_theme, so the merge checks them per set', async () => {
    const client = await db.pool.connect();
    try {
      expect(await bulkPathAllowed(client, caseRecordMergePlan('etl_staging', 'GM0001', '1'))).toBe(true);
    } finally {
      client.release();
    }
  });
});
