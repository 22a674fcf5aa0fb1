import { Pool } from 'pg';

/**
 * The smallest base for case records in a spec: municipality GM0001 "Leerstad", its organisation `ORG` and
 * one import to hang the records on (`(SELECT id FROM organisation)`, `(SELECT id FROM import)`).
 * `fileHash` is the import's sha256, 64 hex characters.
 */
export async function seedLeerstad(pool: Pool, fileHash: string): Promise<void> {
  await pool.query(`INSERT INTO municipality (code, name) VALUES ('GM0001', 'Leerstad')`);
  await pool.query(
    `INSERT INTO organisation (code, name, kind) VALUES ('ORG', 'Gemeente Leerstad', 'gemeente')`,
  );
  await pool.query(
    `INSERT INTO import (municipality_code, file_name, sha256, profile) VALUES ('GM0001', 't.csv', $1, 'test')`,
    [fileHash],
  );
}
