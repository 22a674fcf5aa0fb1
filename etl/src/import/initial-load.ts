import type { PoolClient } from 'pg';
import type { PhaseClock } from '../load/phase-clock';

/**
 * Whether a first import into empty fact tables may load them as an initial load: the `initialLoad`
 * option when given, else LEERLUS_ETL_INITIAL_LOAD ("0" turns it off; unset or anything else leaves it on).
 */
export function initialLoadAllowed(
  option: boolean | undefined,
  setting = process.env.LEERLUS_ETL_INITIAL_LOAD,
): boolean {
  return option ?? setting?.trim() !== '0';
}

interface DroppedIndex {
  name: string;
  definition: string;
  comment: string | null;
  /** '' for the database's default tablespace. */
  tablespace: string;
}

/**
 * An initial load (eerste lading): the first import into an empty case_record builds the secondary
 * indexes after the data instead of updating them row by row. At 1 M rows the merge's inserts cost 14-17
 * CPU s less without them and the builds about 11 (6 in the backend, the rest in parallel workers;
 * docs/scaling.md, "Initial load, seventh session").
 *
 * `start` takes an ACCESS EXCLUSIVE lock on the tables (DROP INDEX needs it anyway) and only then checks
 * that the first one holds no rows, so nothing can be written between the check and the drop. It drops
 * every valid index that backs no constraint and is not unique (the ON CONFLICT arbiter and the foreign
 * keys need those), read from the catalog, so an index a later migration adds is covered. `finish`
 * creates exactly those definitions again. All of it is part of the import's transaction: when the
 * import fails the drops roll back with it. The lock is held until COMMIT, so readers of the tables
 * wait for the whole import (etl/README.md, "Initial load").
 */
export class InitialLoad {
  private constructor(
    private readonly client: PoolClient,
    private readonly dropped: readonly DroppedIndex[],
  ) {}

  /**
   * Starts an initial load when `tables[0]` is empty; null when it holds rows (without taking the lock,
   * unless another session wrote the first rows between the two checks).
   */
  static async start(
    client: PoolClient,
    tables: readonly string[],
    clock: PhaseClock,
  ): Promise<InitialLoad | null> {
    const [first] = tables;
    // Checked before the lock too, so an import into a filled table never takes it.
    if (first === undefined || !(await isEmpty(client, first))) return null;
    await client.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE`);
    if (!(await isEmpty(client, first))) return null;
    const { rows } = await client.query<DroppedIndex>(
      `SELECT quote_ident(n.nspname) || '.' || quote_ident(x.relname) AS name,
              pg_get_indexdef(i.indexrelid) AS definition,
              obj_description(i.indexrelid, 'pg_class') AS comment, coalesce(t.spcname, '') AS tablespace
       FROM pg_index i
       JOIN pg_class x ON x.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = x.relnamespace
       LEFT JOIN pg_tablespace t ON t.oid = x.reltablespace
       WHERE i.indrelid = ANY($1::regclass[]) AND i.indisvalid AND NOT i.indisunique
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
       ORDER BY i.indrelid, x.relname`,
      [tables],
    );
    for (const index of rows) await client.query(`DROP INDEX ${index.name}`);
    clock.lap('initial load: drop indexes');
    return new InitialLoad(client, rows);
  }

  /** Builds the dropped indexes again, with memory for sorting and parallel workers for the B-trees. */
  async finish(clock: PhaseClock): Promise<void> {
    const { client } = this;
    // Raised for the rest of the transaction, never lowered below what the server already allows.
    const { rows } = await client.query<{ default_tablespace: string }>(
      `SELECT current_setting('default_tablespace') AS default_tablespace,
              set_config('maintenance_work_mem',
                greatest(pg_size_bytes(current_setting('maintenance_work_mem')), pg_size_bytes('256MB')) / 1024
                  || 'kB', true),
              set_config('max_parallel_maintenance_workers',
                greatest(current_setting('max_parallel_maintenance_workers')::int, 2)::text, true)`,
    );
    for (const index of this.dropped) {
      // pg_get_indexdef leaves the tablespace out; CREATE INDEX without one uses default_tablespace.
      await useTablespace(client, index.tablespace);
      await client.query(index.definition);
      if (index.comment !== null) {
        await client.query(`COMMENT ON INDEX ${index.name} IS ${client.escapeLiteral(index.comment)}`);
      }
    }
    await useTablespace(client, rows[0]?.default_tablespace ?? '');
    clock.lap('initial load: build indexes');
  }
}

async function isEmpty(client: PoolClient, table: string): Promise<boolean> {
  const { rows } = await client.query<{ empty: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM ${table}) AS empty`,
  );
  return rows[0]?.empty === true;
}

async function useTablespace(client: PoolClient, tablespace: string): Promise<void> {
  await client.query(`SELECT set_config('default_tablespace', $1, true)`, [tablespace]);
}
