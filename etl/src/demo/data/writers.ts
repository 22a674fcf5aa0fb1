import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Cell = string | number | Date | null;

/** One CSV/TSV line; fields with the delimiter, quotes or line breaks are quoted (RFC 4180). */
export function csvLine(values: readonly string[], delimiter: string): string {
  return values
    .map((value) =>
      value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')
        ? `"${value.replace(/"/g, '""')}"`
        : value,
    )
    .join(delimiter);
}

export interface CsvOptions {
  delimiter: ';' | ',' | '\t';
  encoding: 'windows-1252' | 'utf-8';
  bom: boolean;
  eol: '\r\n' | '\n';
}

/** Writes a delimited text file exactly as the source system would (encoding, BOM, line endings). */
export async function writeDelimited(
  file: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions,
): Promise<number> {
  const text =
    [header, ...rows].map((row) => csvLine(row, options.delimiter)).join(options.eol) + options.eol;
  const body =
    options.encoding === 'windows-1252' ? iconv.encode(text, 'win1252') : Buffer.from(text, 'utf8');
  const bytes = options.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  await writeFile(file, bytes);
  return bytes.length;
}

export async function writeJson(file: string, document: unknown): Promise<number> {
  const bytes = Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
  await writeFile(file, bytes);
  return bytes.length;
}

export interface SheetSpec {
  name: string;
  columns: readonly { header: string; width: number; dateFormat?: boolean }[];
  rows: readonly (readonly Cell[])[];
}

/**
 * Writes an XLSX workbook byte-for-byte reproducibly: fixed document properties and fixed ZIP entry
 * timestamps (exceljs/JSZip would otherwise stamp the current time).
 */
export async function writeXlsx(file: string, sheets: readonly SheetSpec[], stamp: Date): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gemeente Lusdonk, contractmanagement sociaal domein';
  workbook.lastModifiedBy = 'Gemeente Lusdonk';
  workbook.created = stamp;
  workbook.modified = stamp;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.columns = spec.columns.map((column) => ({
      header: column.header,
      width: column.width,
      ...(column.dateFormat ? { style: { numFmt: 'dd-mm-yyyy' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) sheet.addRow([...row]);
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  fixZipTimestamps(buffer, stamp);
  await writeFile(file, buffer);
  return buffer.length;
}

/** Sets the DOS date/time of every entry (local and central headers) to the given day, 00:00. */
export function fixZipTimestamps(zip: Buffer, date: Date): void {
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a ZIP archive: no end-of-central-directory record');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('Unexpected ZIP central directory layout');
    zip.writeUInt16LE(0, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('Unexpected ZIP local header layout');
    zip.writeUInt16LE(0, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}
