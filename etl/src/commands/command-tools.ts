import type { Pool } from 'pg';

/** What the CLI's commands share: the database (started and migrated) and plain-text tables. */
export interface CommandTools {
  withDatabase: <T>(work: (pool: Pool) => Promise<T>) => Promise<T>;
  table: (rows: Record<string, string | number | null>[]) => string;
}
