/** What every reader produces: batches of rows (arrays of cell text) with their row numbers. */
export interface RowBatch {
  rows: string[][];
  /** Row number per row as the user sees it: CSV line, XLSX sheet row, JSON record number. */
  lines: number[];
}

/** Column the rejected-rows export adds; ignored by every import so a fixed file can be re-imported. */
export const REJECTION_COLUMN = 'Leerlus: reden afwijzing';

/** An export that cannot be read: the import fails with this message (Dutch, for the administrator). */
export class SourceError extends Error {}

export interface ReaderProgress {
  bytesRead: number;
}

export interface OpenedSource {
  format: 'csv' | 'xlsx' | 'json';
  headers: string[];
  /**
   * How many of `headers` were found in the file itself; JSON readers append the profile's columns
   * that the first record lacks (records may omit keys), and those do not count as present.
   */
  presentHeaders?: number;
  /** The data rows after the header row. */
  batches: AsyncGenerator<RowBatch>;
  progress: ReaderProgress;
  /** Row number of the header row (1 unless titles or notes stand above it). */
  headerLine?: number;
  /** Human-readable description of how the file was read (encoding, delimiter, sheet). */
  description: string;
}

/** Header names made unique ("Datum", "Datum (2)") so rows can be stored as header -> value. */
export function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  let end = raw.length;
  while (end > 0 && (raw[end - 1] ?? '').trim() === '') end--;
  return raw.slice(0, end).map((raw, index) => {
    const header = raw.trim() === '' ? `kolom ${index + 1}` : raw.trim();
    const key = header.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? header : `${header} (${count})`;
  });
}
