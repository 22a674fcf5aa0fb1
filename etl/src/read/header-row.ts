import { normaliseKey } from '../normalise/values';
import { REJECTION_COLUMN, type RowBatch, SourceError, uniqueHeaders } from './source';

/** Rows looked at when the header row is detected (title rows and notes rarely take more). */
const DETECTION_ROWS = 30;
/** Column Leerlus adds to a rejected-rows file; a row holding it is always the header. */
const REJECTION_HEADER = normaliseKey(REJECTION_COLUMN);

export interface HeaderOptions {
  /** `read.headerRow`: the row number (as a spreadsheet shows it) that holds the header. */
  headerRow?: number | undefined;
  /** The column names the profile maps: the row naming most of them is the header. */
  expectedColumns: string[];
}

export interface SplitSource {
  headers: string[];
  /** Row number of the header row. */
  headerLine: number;
  /** The data rows after the header. */
  batches: AsyncGenerator<RowBatch>;
}

function nonEmpty(row: string[]): number {
  return row.filter((cell) => cell.trim() !== '').length;
}

/**
 * Which of the first rows is the header: a rejected-rows file's header; else the row that names most
 * of the profile's columns; else (no profile columns found, e.g. a preview without profile) the first
 * row with as many filled cells as the widest row, so a title, a date line or notes above the table
 * are passed over.
 */
export function detectHeaderIndex(rows: string[][], expectedColumns: string[]): number {
  const rejected = rows.findIndex((row) => row.map(normaliseKey).includes(REJECTION_HEADER));
  if (rejected >= 0) return rejected;
  const expected = new Set(expectedColumns.map(normaliseKey));
  let best = -1;
  let bestScore = 0;
  rows.forEach((row, index) => {
    const score = row.filter((cell) => expected.has(normaliseKey(cell))).length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  if (best >= 0) return best;
  const widest = Math.max(0, ...rows.map(nonEmpty));
  return Math.max(
    0,
    rows.findIndex((row) => nonEmpty(row) === widest),
  );
}

/**
 * Splits a reader's rows into header and data: at `headerRow` when the profile names it (unless the file
 * is a rejected-rows export, whose header is always its first row), else detected among the first rows.
 * Rows above the header (titles, notes, empty rows) are skipped.
 */
export async function splitHeader(
  source: AsyncGenerator<RowBatch>,
  options: HeaderOptions,
  emptyMessage: string,
): Promise<SplitSource> {
  const rows: string[][] = [];
  const lines: number[] = [];
  const wanted = options.headerRow;
  let done = false;
  while (
    !done &&
    (rows.length < DETECTION_ROWS || (wanted !== undefined && !lines.some((l) => l >= wanted)))
  ) {
    const next = await source.next();
    if (next.done) done = true;
    else {
      rows.push(...next.value.rows);
      lines.push(...next.value.lines);
    }
  }
  if (rows.length === 0) throw new SourceError(emptyMessage);
  const first = rows[0] ?? [];
  let index: number;
  if (wanted !== undefined && !first.map(normaliseKey).includes(REJECTION_HEADER)) {
    index = lines.indexOf(wanted);
    if (index < 0) {
      throw new SourceError(
        `Rij ${wanted} (read.headerRow) is leeg of bestaat niet; de kopregel moet op die rij staan.`,
      );
    }
  } else {
    index = detectHeaderIndex(rows.slice(0, DETECTION_ROWS), options.expectedColumns);
  }
  const headers = uniqueHeaders(rows[index] ?? []);
  const restRows = rows.slice(index + 1);
  const restLines = lines.slice(index + 1);
  async function* data(): AsyncGenerator<RowBatch> {
    if (restRows.length > 0) yield { rows: restRows, lines: restLines };
    if (!done) yield* source;
  }
  return { headers, headerLine: lines[index] ?? 1, batches: data() };
}
