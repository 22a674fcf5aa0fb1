/** Reads a whole export through openSource, for the specs (excluded from the build). */
import { inspectFile } from '../read/inspect';
import { openSource } from '../read/open';

export const AUTO_READ = { format: 'auto', delimiter: 'auto', encoding: 'auto' } as const;

export async function readAll(
  file: string,
  read: Parameters<typeof openSource>[1] = AUTO_READ,
  expectedColumns: string[] = [],
): Promise<{ headers: string[]; rows: string[][]; lines: number[]; description: string }> {
  const source = await openSource(file, read, await inspectFile(file), {
    listSeparator: ';',
    expectedColumns,
  });
  const rows: string[][] = [];
  const lines: number[] = [];
  for await (const batch of source.batches) {
    rows.push(...batch.rows);
    lines.push(...batch.lines);
  }
  return { headers: source.headers, rows, lines, description: source.description };
}
