import { ImportFailure } from '../errors';
import type { Duplicate, TargetImporter } from '../importers/importer';
import type { Rejection, RowMapper } from '../transform/row-mapper';
import type { RunContext } from './run-context';

const REJECTION_BATCH = 2000;

/** Rows found earlier in the file are no longer where they were. */
function fileChanged(): ImportFailure {
  return new ImportFailure(
    'Het bestand veranderde tijdens de import (afgewezen rijen niet meer terug te vinden); importeer opnieuw.',
  );
}

/**
 * Rejects the later rows of keys that occur more than once; only the first row of a key is imported.
 */
export async function rejectDuplicates(
  run: RunContext,
  duplicates: Duplicate[],
  mapper: RowMapper,
  importer: TargetImporter,
): Promise<void> {
  const firstRow = new Map(duplicates.map((d) => [d.rowNumber, d.firstRow]));
  const field = importer.duplicateField;
  const column = mapper.headers.indexOf(mapper.columnOf(field));
  const completed = await rejectFromFile(run, importer, firstRow, (values, line, first) => {
    const shown = column >= 0 ? mapper.sanitise(column, (values[column] ?? '').trim()) : '';
    const reason =
      importer.target === 'provider_report'
        ? `dubbele regel: dezelfde aanbieder, periode, domein, thema en oorzaak staan ook in rij ${first}; alleen die eerste rij is geïmporteerd`
        : `dubbel: ${field} "${shown}" staat ook in rij ${first} van dit bestand; alleen die eerste rij is geïmporteerd`;
    return mapper.rejection(values, line, column, reason);
  });
  if (completed !== duplicates.length) throw fileChanged();
}

/**
 * Completes the rows the importer rejected in SQL (no single contract domain): their reason is set,
 * the sanitised source row and the cell the reason points at come from the file.
 */
export async function completeSqlRejections(
  run: RunContext,
  expected: number,
  mapper: RowMapper,
  importer: TargetImporter,
): Promise<void> {
  const { rows } = await run.client.query<{
    row_number: number;
    reject_column: string | null;
    reject_reason: string;
  }>(
    `SELECT row_number, reject_column, reject_reason FROM ${importer.staging}
     WHERE reject_reason IS NOT NULL AND raw IS NULL`,
  );
  const byLine = new Map(rows.map((row) => [row.row_number, row]));
  const completed = await rejectFromFile(run, importer, byLine, (values, line, row) => {
    const column =
      row.reject_column === null ? -1 : mapper.headers.indexOf(mapper.columnOf(row.reject_column));
    return mapper.rejection(values, line, column, row.reject_reason);
  });
  if (completed !== expected) throw fileChanged();
}

/**
 * Rejects staged rows with their sanitised source rows, which rejected_row.raw needs: the file is read a
 * second time, keeping only those rows; this costs nothing for the usual file without such rows and
 * keeps memory flat for a big one. Returns the number of staged rows marked.
 */
async function rejectFromFile<T>(
  run: RunContext,
  importer: TargetImporter,
  lines: Map<number, T>,
  reject: (values: string[], line: number, about: T) => Rejection,
): Promise<number> {
  const { client } = run;
  await client.query(
    'CREATE TEMP TABLE IF NOT EXISTS etl_rejections (row_number integer, col text, val text, reason text, raw text) ON COMMIT DROP',
  );
  await client.query('TRUNCATE etl_rejections');
  let pending: Rejection[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await client.query(
      `INSERT INTO etl_rejections SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        pending.map((p) => p.line),
        pending.map((p) => p.column),
        pending.map((p) => p.value),
        pending.map((p) => p.reason),
        pending.map((p) => JSON.stringify(p.raw).replace(/\\u0000/g, '')),
      ],
    );
    pending = [];
  };
  const source = await run.open();
  for await (const batch of source.batches) {
    for (let k = 0; k < batch.rows.length; k++) {
      const line = batch.lines[k] as number;
      const about = lines.get(line);
      if (about === undefined) continue;
      pending.push(reject(batch.rows[k] as string[], line, about));
      if (pending.length >= REJECTION_BATCH) await flush();
    }
  }
  await flush();
  // Accepted rows and rows rejected in SQL have no raw yet; rows rejected while reading keep theirs.
  const { rowCount } = await client.query(
    `UPDATE ${importer.staging} s SET reject_column = d.col, reject_value = d.val, reject_reason = d.reason,
       raw = d.raw::jsonb
     FROM etl_rejections d WHERE s.row_number = d.row_number AND s.raw IS NULL`,
  );
  return rowCount ?? 0;
}
