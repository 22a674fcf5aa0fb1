/** What an import leaves in the database, for specs that compare two ways of importing the same files. */
import type { Pool } from 'pg';
import { caseRow, type CaseRow } from './fixtures';

/** Day n of 2024 as the export writes it. */
const date = (day: number): string => {
  const d = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;
};

/** Records n..n+count-1, received later the earlier they stand in the file (so date order is not file order). */
export function datedRows(
  from: number,
  count: number,
  change: (n: number) => Partial<CaseRow> = () => ({}),
): CaseRow[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return caseRow(n, {
      'Datum ontvangst': date(300 - n * 3),
      'Datum afgehandeld': n % 4 === 0 ? '' : date(300 - n * 3 + 10 + n),
      Uitkomst: n % 4 === 0 ? 'Lopend' : n % 3 === 0 ? 'Ongegrond' : 'Gegrond',
      Domein: ['Wmo', 'Jeugd', 'Participatie'][n % 3]!,
      ...change(n),
    });
  });
}

export type Stored = 'records' | 'themes' | 'rejected' | 'imports' | 'organisations';

/** Everything an import leaves, keyed by what two databases share (not ids or record keys). */
export async function storedData(pool: Pool): Promise<Record<Stored, unknown[]>> {
  const query = async (sql: string): Promise<unknown[]> =>
    (await pool.query<Record<string, unknown>>(sql)).rows;
  const importNumber = '(SELECT count(*) FROM import i WHERE i.id <= x.import_id)';
  return {
    records: await query(
      `SELECT x.external_id, x.kind, x.domain_code, x.theme_id, x.channel, x.received_on::text, x.closed_on::text,
              x.outcome, x.feedback_given, x.subject_key, x.neighbourhood_code, x.text_redacted, x.term_days,
              o.code AS subject, ${importNumber} AS import
       FROM case_record x LEFT JOIN organisation o ON o.id = x.subject_organisation_id ORDER BY x.external_id`,
    ),
    themes: await query(
      `SELECT c.external_id, t.theme_id, t.is_primary, t.assigned_by, t.confidence::text, t.evidence, t.rule_theme_id
       FROM case_theme t JOIN case_record c ON c.id = t.case_id ORDER BY 1, 2`,
    ),
    rejected: await query(
      `SELECT ${importNumber} AS import, x.row_number, x.column_name, x.value, x.reason, x.raw::text
       FROM rejected_row x ORDER BY 1, 2`,
    ),
    imports: await query(
      `SELECT status, rows_read, rows_inserted, rows_updated, rows_unchanged, rows_rejected, min_date::text,
              max_date::text, error FROM import ORDER BY id`,
    ),
    organisations: await query('SELECT code, name, kind FROM organisation ORDER BY code'),
  };
}

/** Every cell of every rollup, one line each, in a stable order. */
export async function rollupCells(pool: Pool): Promise<string[]> {
  const { rows: names } = await pool.query<{ name: string }>('SELECT unnest(rollup_names()) AS name');
  const lines: string[] = [];
  for (const { name } of names) {
    const { rows: cells } = await pool.query<{ line: string }>(
      `SELECT '${name} ' || row_to_json(t)::text AS line FROM ${name} t ORDER BY 1`,
    );
    lines.push(...cells.map((cell) => cell.line));
  }
  return lines;
}
