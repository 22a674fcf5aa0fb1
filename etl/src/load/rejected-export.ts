import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Pool } from 'pg';
import { ImportUsageError } from '../errors';
import { neutraliseFormula } from '../normalise/formula';
import { REJECTION_COLUMN } from '../transform/row-mapper';

const PAGE = 5000;

/** One CSV cell: formula triggers neutralised (see normalise/formula.ts), quoted when needed. */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * Writes the rejected rows of an import as a CSV the administrator can fix in Excel and import again
 * with the same profile: the original headers in their original order plus a last column with the
 * reason (ignored on re-import), `;`-separated, UTF-8 with BOM, CRLF. Values are as stored: citizen
 * identifiers as `pseudoniem:<hex>` (accepted as-is on re-import) and free text redacted.
 */
export async function exportRejectedRows(
  pool: Pool,
  importId: string | number,
  out: string | Writable,
): Promise<{ rows: number; columns: string[] }> {
  const id = String(importId);
  if (!/^\d+$/.test(id)) throw new ImportUsageError(`"${id}" is geen importnummer`);
  const { rows: imports } = await pool.query<{ source_columns: string[] }>(
    'SELECT source_columns FROM import WHERE id = $1',
    [id],
  );
  const found = imports[0];
  if (!found) throw new ImportUsageError(`Import #${id} bestaat niet`);
  let columns = found.source_columns;
  if (columns.length === 0) {
    const { rows } = await pool.query<{ key: string }>(
      'SELECT DISTINCT jsonb_object_keys(raw) AS key FROM rejected_row WHERE import_id = $1 ORDER BY 1',
      [id],
    );
    columns = rows.map((row) => row.key);
  }
  columns = columns.filter((column) => column !== REJECTION_COLUMN);
  const stream = typeof out === 'string' ? createWriteStream(out) : out;
  let count = 0;
  try {
    await write(stream, `\ufeff${[...columns, REJECTION_COLUMN].map(csvCell).join(';')}\r\n`);
    let after = '0';
    for (;;) {
      const { rows } = await pool.query<{
        id: string;
        row_number: number;
        reason: string;
        raw: Record<string, unknown>;
      }>(
        `SELECT id, row_number, reason, raw FROM rejected_row WHERE import_id = $1 AND id > $2 ORDER BY id LIMIT ${PAGE}`,
        [id, after],
      );
      if (rows.length === 0) break;
      let chunk = '';
      for (const row of rows) {
        const cells = columns.map((column) => {
          const value = row.raw[column];
          return csvCell(
            typeof value === 'string'
              ? value
              : value === undefined || value === null
                ? ''
                : JSON.stringify(value),
          );
        });
        cells.push(csvCell(`rij ${row.row_number}: ${row.reason}`));
        chunk += `${cells.join(';')}\r\n`;
        count++;
      }
      await write(stream, chunk);
      after = rows[rows.length - 1]?.id ?? after;
    }
  } finally {
    if (typeof out === 'string') {
      const closed = once(stream, 'close');
      stream.end();
      await closed;
    }
  }
  return { rows: count, columns };
}
