import type { PoolClient } from 'pg';
import { redactLabel, redactText } from '../privacy/pii';

/**
 * Everything the ETL writes to the `import` table. One import runs at a time: the importing session
 * holds a PostgreSQL advisory lock for the whole import. A second import WAITS for it (up to
 * `lockTimeoutMs`, default 30 minutes) and then fails with a clear message. Because the lock is held
 * for the whole run, an import still marked `running` when the lock is acquired belongs to a process
 * that died; it is marked `failed` ("afgebroken"). Its data never became visible: facts are only
 * written in the import's single transaction, which PostgreSQL rolled back when the session ended.
 * File name, column list, warnings and error are redacted here: a file without a header row puts a
 * citizen's data in its column list and in the messages about it.
 */
export const IMPORT_LOCK_KEY = 7_394_202;

export const ABORTED_MESSAGE =
  'afgebroken: het importproces is gestopt voordat de import klaar was; er zijn geen gegevens van deze import opgeslagen';

export class ImportBusyError extends Error {}

export interface ImportCounts {
  rowsRead: number;
  rowsInserted: number;
  rowsUpdated: number;
  rowsUnchanged: number;
  rowsRejected: number;
  minDate: string | null;
  maxDate: string | null;
}

export async function acquireImportLock(
  client: PoolClient,
  options: { timeoutMs: number; onWait?: (runningImportId: string | null) => void },
): Promise<void> {
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
    IMPORT_LOCK_KEY,
  ]);
  if (rows[0]?.locked) return;
  const running = await client.query<{ id: string }>(
    "SELECT id FROM import WHERE status = 'running' ORDER BY id DESC LIMIT 1",
  );
  options.onWait?.(running.rows[0]?.id ?? null);
  await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(options.timeoutMs))}`);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [IMPORT_LOCK_KEY]);
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') {
      throw new ImportBusyError(
        `Er loopt al een andere import${running.rows[0] ? ` (#${running.rows[0].id})` : ''} en die is na ` +
          `${Math.round(options.timeoutMs / 1000)} seconden nog niet klaar; probeer het later opnieuw.`,
      );
    }
    throw error;
  } finally {
    await client.query('RESET lock_timeout');
  }
}

export async function releaseImportLock(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_unlock($1)', [IMPORT_LOCK_KEY]);
}

/** Marks imports left `running`/`pending` by a dead process as failed. Call while holding the lock. */
export async function failAbandonedImports(client: PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `UPDATE import SET status = 'failed', error = $1, finished_at = now()
     WHERE status IN ('running', 'pending') RETURNING id`,
    [ABORTED_MESSAGE],
  );
  return rows.map((row) => row.id);
}

export async function findSucceededImport(
  client: PoolClient,
  key: { municipalityCode: string; sha256: string; profile: string; profileVersion: string },
): Promise<string | null> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM import WHERE municipality_code = $1 AND sha256 = $2 AND profile = $3
       AND profile_version IS NOT DISTINCT FROM $4 AND status = 'succeeded'
     ORDER BY id DESC LIMIT 1`,
    [key.municipalityCode, key.sha256, key.profile, key.profileVersion],
  );
  return rows[0]?.id ?? null;
}

export interface NewImport {
  municipalityCode: string;
  fileName: string;
  sha256: string;
  profile: string;
  profileVersion: string;
  startedBy: string | null;
  /** The day the source made the export (ISO date); null: the load day stands in (migration 0088). */
  exportedOn: string | null;
}

export async function createImport(
  client: PoolClient,
  record: NewImport,
  status: 'running' | 'duplicate',
  message: string | null = null,
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO import (municipality_code, file_name, sha256, profile, status, started_by, error, finished_at,
       exported_on, profile_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $5 = 'running' THEN NULL ELSE now() END, $8::date, $9)
     RETURNING id`,
    [
      record.municipalityCode,
      redactText(record.fileName),
      record.sha256,
      record.profile,
      status,
      record.startedBy,
      message === null ? null : redactText(message),
      record.exportedOn,
      record.profileVersion,
    ],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('INSERT INTO import returned no id');
  return id;
}

export async function completeImport(
  client: PoolClient,
  id: string,
  counts: ImportCounts,
  details: { sourceColumns: string[]; warnings: string[]; error?: string | null },
): Promise<void> {
  // With an error (every row rejected) the import is committed, its rejected rows kept, but failed.
  await client.query(
    `UPDATE import SET status = CASE WHEN $11::text IS NULL THEN 'succeeded' ELSE 'failed' END,
       rows_read = $2, rows_inserted = $3, rows_updated = $4,
       rows_unchanged = $5, rows_rejected = $6, min_date = $7, max_date = $8, source_columns = $9,
       warnings = $10, error = $11, finished_at = now()
     WHERE id = $1`,
    [
      id,
      counts.rowsRead,
      counts.rowsInserted,
      counts.rowsUpdated,
      counts.rowsUnchanged,
      counts.rowsRejected,
      counts.minDate,
      counts.maxDate,
      details.sourceColumns.map(redactLabel),
      details.warnings.map(redactText),
      details.error === undefined || details.error === null ? null : redactText(details.error),
    ],
  );
}

/** Warnings that came after the import's commit (its derived data, written after it). */
export async function appendImportWarnings(
  client: PoolClient,
  id: string,
  warnings: string[],
): Promise<void> {
  await client.query('UPDATE import SET warnings = warnings || $2::text[] WHERE id = $1', [
    id,
    warnings.map(redactText),
  ]);
}

export async function failImport(
  client: PoolClient,
  id: string,
  error: string,
  details: { rowsRead: number; sourceColumns: string[]; warnings: string[] },
): Promise<void> {
  await client.query(
    `UPDATE import SET status = 'failed', error = $2, rows_read = $3, rows_inserted = 0, rows_updated = 0,
       rows_unchanged = 0, rows_rejected = 0, source_columns = $4, warnings = $5, finished_at = now()
     WHERE id = $1`,
    [
      id,
      redactText(error),
      details.rowsRead,
      details.sourceColumns.map(redactLabel),
      details.warnings.map(redactText),
    ],
  );
}

/** The municipality to import for: the given code, or the only one there is. */
export async function resolveMunicipality(client: PoolClient, code: string | undefined): Promise<string> {
  if (code) {
    const { rows } = await client.query<{ code: string }>(
      'SELECT code FROM municipality WHERE code = upper($1)',
      [code],
    );
    const found = rows[0]?.code;
    if (!found) {
      throw new Error(`Gemeente ${code} bestaat niet in de database (verwacht een CBS-code zoals GM0344).`);
    }
    return found;
  }
  const { rows } = await client.query<{ code: string }>(
    'SELECT code FROM municipality ORDER BY code LIMIT 2',
  );
  if (rows.length === 1 && rows[0]) return rows[0].code;
  throw new Error(
    rows.length === 0
      ? 'Er staat nog geen gemeente in de database; laad eerst de referentiegegevens (bijvoorbeeld met `etl demo`).'
      : 'Er zijn meerdere gemeenten; kies er een met --municipality GM….',
  );
}
