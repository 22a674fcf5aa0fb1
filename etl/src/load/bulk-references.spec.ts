import type { PoolClient } from 'pg';
import { createTestDatabase, type TestDatabase } from '@leerlus/sql/testing';
import { type BulkMergePlan, runWithSetBasedReferenceChecks } from './bulk-references';

// A miniature of the case_record merge: one fact table with foreign keys to keys of the staged rows (text
// and integer) and to a value given once, and the 0041 NOTIFY trigger.
const PLAN: BulkMergePlan = {
  tables: ['bulk_fact'],
  deletesFrom: [],
  staged: { table: 'bulk_staging', where: 'true' },
  foreignKeys: [
    {
      table: 'bulk_fact',
      definition: 'FOREIGN KEY (domain_code) REFERENCES domain(code)',
      referenced: { table: 'domain', column: 'code' },
      written: { stagedColumn: 'domain_code' },
    },
    {
      table: 'bulk_fact',
      definition: 'FOREIGN KEY (level_id) REFERENCES bulk_level(id)',
      referenced: { table: 'bulk_level', column: 'id' },
      written: { stagedColumn: 'level_id' },
    },
    {
      table: 'bulk_fact',
      definition: 'FOREIGN KEY (origin) REFERENCES domain(code)',
      referenced: { table: 'domain', column: 'code' },
      written: { value: 'wmo' },
    },
  ],
};

describe(runWithSetBasedReferenceChecks.name, () => {
  let db: TestDatabase;
  let client: PoolClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.pool.query(
      `CREATE TABLE bulk_level (id integer PRIMARY KEY);
       INSERT INTO bulk_level VALUES (1), (2);
       CREATE TABLE bulk_fact (id serial PRIMARY KEY, domain_code text NOT NULL REFERENCES domain (code),
                               level_id integer REFERENCES bulk_level (id), origin text NOT NULL REFERENCES domain (code));
       CREATE TRIGGER trg_bulk_fact_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON bulk_fact
         FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed();
       CREATE TABLE bulk_staging (domain_code text, level_id integer)`,
    );
  });

  beforeEach(async () => {
    client = await db.pool.connect();
    await client.query('BEGIN');
  });

  afterEach(async () => {
    await client.query('ROLLBACK');
    client.release();
  });

  afterAll(async () => {
    await db?.drop();
  });

  /** Whether the bulk path was taken. */
  const merge = async (): Promise<boolean> => {
    const { result, bulk } = await runWithSetBasedReferenceChecks(client, PLAN, () =>
      client.query(
        `INSERT INTO bulk_fact (domain_code, level_id, origin) SELECT domain_code, level_id, 'wmo' FROM bulk_staging`,
      ),
    );
    expect(result.rowCount).toBeGreaterThan(0);
    return bulk;
  };

  it('should skip the row triggers, lock the referenced keys and still notify', async () => {
    await client.query(`INSERT INTO bulk_staging VALUES ('wmo', 1), ('jeugd', NULL), ('wmo', 2)`);
    await client.query('LISTEN leerlus_data_changed');
    const notified: string[] = [];
    client.on('notification', (message) => notified.push(message.payload ?? ''));
    expect(await merge()).toBe(true);
    const { rows } = await client.query<{ role: string }>(
      `SELECT current_setting('session_replication_role') AS role`,
    );
    // Back to normal triggers for whatever the import does next.
    expect(rows[0]?.role).toBe('origin');
    // The referenced keys are locked FOR KEY SHARE until COMMIT, as the RI trigger would have done.
    const other = await db.pool.connect();
    try {
      await expect(
        other.query(`SELECT 1 FROM domain WHERE code = 'jeugd' FOR UPDATE NOWAIT`),
      ).rejects.toThrow(/lock/);
      await expect(other.query('SELECT 1 FROM bulk_level WHERE id = 2 FOR UPDATE NOWAIT')).rejects.toThrow(
        /lock/,
      );
    } finally {
      other.release();
    }
    await client.query('COMMIT');
    await client.query('BEGIN');
    expect(notified).toContain('bulk_fact');
    await client.query('DELETE FROM bulk_fact; DELETE FROM bulk_staging');
  });

  it('should leave a missing key to the ordinary foreign key check', async () => {
    await client.query(`INSERT INTO bulk_staging VALUES ('wmo', 1), ('bestaat_niet', 1)`);
    await expect(merge()).rejects.toThrow(/foreign key/);
    await client.query('ROLLBACK');
    await client.query('BEGIN');
    await client.query(`INSERT INTO bulk_staging VALUES ('wmo', 1), ('wmo', 3)`);
    await expect(merge()).rejects.toThrow(/foreign key/);
  });

  it('should take the ordinary path when the table has a foreign key or trigger it does not know', async () => {
    await client.query(`INSERT INTO bulk_staging VALUES ('wmo')`);
    await client.query(
      `CREATE FUNCTION bulk_fact_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
       CREATE TRIGGER trg_bulk_fact_row BEFORE INSERT ON bulk_fact FOR EACH ROW EXECUTE FUNCTION bulk_fact_row()`,
    );
    expect(await merge()).toBe(false);
    await client.query('ROLLBACK');
    await client.query('BEGIN');
    await client.query(`INSERT INTO bulk_staging VALUES ('wmo')`);
    await client.query('ALTER TABLE bulk_fact ADD COLUMN theme_id integer REFERENCES theme (id)');
    expect(await merge()).toBe(false);
  });
});
