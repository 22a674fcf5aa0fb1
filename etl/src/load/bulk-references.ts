import type { PoolClient } from 'pg';

/**
 * One foreign key of a table the merge writes, exactly as `pg_get_constraintdef` prints it, and how the
 * bulk path satisfies it instead of PostgreSQL's per-row RI trigger.
 */
export type ForeignKeyCheck =
  | {
      table: string;
      definition: string;
      /** The referenced table and key column, locked FOR KEY SHARE like the RI trigger does. */
      referenced: { table: string; column: string };
      /** The key values the merge will write: a column of the plan's staged rows, or one given value. */
      written: { stagedColumn: string } | { value: string | number };
    }
  | {
      table: string;
      definition: string;
      /** Why no check is needed (e.g. the merge only references rows it wrote itself). */
      byConstruction: string;
    };

export interface BulkMergePlan {
  /** The tables the merge inserts into or updates (never changing a key). */
  tables: readonly string[];
  /** Tables the merge deletes from: nothing may reference them. */
  deletesFrom: readonly string[];
  /** The rows the merge writes from: their table and the condition that selects them. */
  staged: { table: string; where: string };
  foreignKeys: readonly ForeignKeyCheck[];
}

/** The statement triggers of migration 0041; the only triggers the bulk path knows how to replace. */
const notifyTrigger = (table: string): string => `trg_${table}_data_changed`;
const DATA_CHANGED_CHANNEL = 'leerlus_data_changed';

/**
 * Why: the merge of a 200,000-row import into case_record spent 17 of its 35 s in the six RI triggers
 * (one SPI query with a FOR KEY SHARE lock per row and foreign key: 1.2 million of them), and 8 of 13 s
 * of the case_theme insert in two more. Checking each foreign key once for the whole set gives the same
 * guarantee: every referenced key the merge will write is looked up and locked FOR KEY SHARE (what the
 * RI trigger does per row) before the statements run, so it cannot be deleted or re-keyed until COMMIT;
 * the statements then run with `session_replication_role = replica`, which skips row triggers.
 *
 * Only taken when that is provably equivalent, otherwise `run` executes the statements normally:
 * - the session may set session_replication_role (superuser; the embedded server's user is one);
 * - the tables' foreign keys are exactly the ones the caller checks (a new foreign key in a migration
 *   switches the bulk path off instead of going unchecked);
 * - their only user triggers are the statement-level NOTIFY triggers of 0041, which replica mode also
 *   skips, so their pg_notify is sent here instead;
 * - nothing references the tables the merge deletes from;
 * - every referenced key exists (when one does not, the normal path raises the usual FK error).
 * Returns what the statements returned, and whether the bulk path was taken.
 */
export async function runWithSetBasedReferenceChecks<T>(
  client: PoolClient,
  plan: BulkMergePlan,
  statements: () => Promise<T>,
): Promise<{ result: T; bulk: boolean }> {
  const bulk = (await bulkPathAllowed(client, plan)) && (await lockReferencedKeys(client, plan));
  if (!bulk) return { result: await statements(), bulk };
  await client.query('SET LOCAL session_replication_role = replica');
  const result = await statements();
  await client.query('SET LOCAL session_replication_role = origin');
  for (const table of plan.tables) {
    await client.query('SELECT pg_notify($1, $2)', [DATA_CHANGED_CHANNEL, table]);
  }
  return { result, bulk };
}

/** Whether the plan covers the tables' foreign keys and triggers exactly (and the session may skip them). */
export async function bulkPathAllowed(client: PoolClient, plan: BulkMergePlan): Promise<boolean> {
  const { rows } = await client.query<{
    superuser: boolean;
    fks: string[];
    triggers: string[];
    incoming: number;
  }>(
    `SELECT current_setting('is_superuser') = 'on' AS superuser,
            ARRAY(SELECT c.conrelid::regclass::text || ': ' || pg_get_constraintdef(c.oid) FROM pg_constraint c
                  WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[]) ORDER BY 1) AS fks,
            ARRAY(SELECT t.tgrelid::regclass::text || ': ' || t.tgname ||
                         CASE WHEN t.tgtype & 1 = 1 THEN ' (row)' ELSE '' END ||
                         CASE WHEN t.tgenabled = 'O' THEN '' ELSE ' (' || t.tgenabled::text || ')' END
                  FROM pg_trigger t
                  WHERE t.tgrelid = ANY($1::regclass[]) AND NOT t.tgisinternal ORDER BY 1) AS triggers,
            (SELECT count(*) FROM pg_constraint c
             WHERE c.contype = 'f' AND c.confrelid = ANY($2::regclass[]))::int AS incoming`,
    [plan.tables, plan.deletesFrom],
  );
  const found = rows[0];
  if (!found?.superuser || found.incoming > 0) return false;
  const expectedFks = plan.foreignKeys.map((fk) => `${fk.table}: ${fk.definition}`).sort();
  const expectedTriggers = plan.tables.map((table) => `${table}: ${notifyTrigger(table)}`).sort();
  return sameList(found.fks, expectedFks) && sameList(found.triggers, expectedTriggers);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  const sortedA = [...a].sort();
  return sortedA.length === b.length && sortedA.every((value, k) => value === b[k]);
}

/**
 * The distinct, non-null values of every staged column a foreign key reads, from one scan of the staged
 * rows: they are wide (free text last), and taking them apart was 17-18 % of the import session's CPU
 * while it merged, two scans per foreign key included (docs/scaling.md, "The initial load's insert,
 * eleventh session").
 */
async function stagedKeys(client: PoolClient, plan: BulkMergePlan): Promise<Map<string, unknown[]>> {
  const columns = [
    ...new Set(
      plan.foreignKeys.flatMap((fk) =>
        'written' in fk && 'stagedColumn' in fk.written ? [fk.written.stagedColumn] : [],
      ),
    ),
  ];
  if (columns.length === 0) return new Map();
  const { rows } = await client.query<Record<string, unknown[] | null>>(
    `SELECT ${columns.map((column, k) => `array_agg(DISTINCT ${column}) FILTER (WHERE ${column} IS NOT NULL) AS k${k}`).join(', ')}
     FROM ${plan.staged.table} WHERE ${plan.staged.where}`,
  );
  return new Map(columns.map((column, k) => [column, rows[0]?.[`k${k}`] ?? []]));
}

/** Locks every referenced key FOR KEY SHARE; false when one of them does not exist. */
async function lockReferencedKeys(client: PoolClient, plan: BulkMergePlan): Promise<boolean> {
  const staged = await stagedKeys(client, plan);
  for (const fk of plan.foreignKeys) {
    if (!('written' in fk)) continue;
    const keys = 'value' in fk.written ? [fk.written.value] : (staged.get(fk.written.stagedColumn) ?? []);
    if (keys.length === 0) continue;
    const { table, column } = fk.referenced;
    const locked = await client.query(
      `SELECT 1 FROM ONLY ${table} r WHERE r.${column} = ANY($1) FOR KEY SHARE OF r`,
      [keys],
    );
    if (locked.rowCount !== keys.length) return false;
  }
  return true;
}
