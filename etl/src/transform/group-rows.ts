import { normaliseKey } from '../normalise/values';
import type { Profile } from '../profiles/profile.schema';
import { type OpenedSource, type RowBatch, SourceError } from '../read/source';

/**
 * Several consecutive rows about one case (one per finding, remedy or status change) become one row:
 * per column the first non-empty value, for the `concat` columns every distinct value joined with the
 * list separator. The row keeps the number of its first source row. Only one group is held in memory,
 * so rows of one case must follow each other (as exports sorted by case number do); a case that comes
 * back later is reported as a duplicate like any other.
 */
export function groupRows(source: OpenedSource, profile: Profile): OpenedSource {
  const group = profile.group;
  if (!group) return source;
  const at = (column: string): number =>
    source.headers.findIndex((h) => normaliseKey(h) === normaliseKey(column));
  const key = at(group.by);
  if (key < 0) throw new SourceError(`kolom "${group.by}" (group.by) ontbreekt in het bestand`);
  const concat = new Set(group.concat.map(at).filter((index) => index >= 0));
  const separator = profile.listSeparator;

  function merge(rows: string[][]): string[] {
    const width = Math.max(...rows.map((row) => row.length));
    const out: string[] = [];
    for (let c = 0; c < width; c++) {
      const values = rows.map((row) => (row[c] ?? '').trim()).filter((value) => value !== '');
      out.push(concat.has(c) ? [...new Set(values)].join(separator) : (values[0] ?? ''));
    }
    return out;
  }

  async function* batches(): AsyncGenerator<RowBatch> {
    let current: string[][] = [];
    let currentKey = '';
    let currentLine = 0;
    let out: RowBatch = { rows: [], lines: [] };
    const close = (): void => {
      if (current.length === 0) return;
      out.rows.push(current.length === 1 ? (current[0] as string[]) : merge(current));
      out.lines.push(currentLine);
      current = [];
    };
    for await (const batch of source.batches) {
      batch.rows.forEach((row, k) => {
        const value = (row[key] ?? '').trim();
        if (value === '' || value !== currentKey) {
          close();
          currentKey = value;
          currentLine = batch.lines[k] as number;
        }
        current.push(row);
      });
      if (out.rows.length > 0) {
        yield out;
        out = { rows: [], lines: [] };
      }
    }
    close();
    if (out.rows.length > 0) yield out;
  }

  return { ...source, batches: batches() };
}
