/** Reading the CSV API's answers in the e2e specs (our test data holds no `;` or quotes). */

/** The body as sent: Response.text() would drop the byte order mark. */
export async function csvText(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** The CSV as header names and rows of cells; it must start with the byte order mark. */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  if (!text.startsWith('\ufeff')) throw new Error('The CSV does not start with a byte order mark');
  const [header = [], ...lines] = text
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(';'));
  return {
    header,
    rows: lines.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))),
  };
}
