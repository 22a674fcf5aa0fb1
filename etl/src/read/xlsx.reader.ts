import type { FileInspection } from './inspect';
import { type HeaderOptions, splitHeader } from './header-row';
import { type OpenedSource, type ReaderProgress, type RowBatch, SourceError } from './source';
import { normaliseKey } from '../normalise/values';
import { checkInflateLimits, type InflateLimits, inflateLimitsFromEnv, readZipDirectory } from './zip-limits';
import { rangesStream, workbookFirstRanges } from './xlsx-entry-order';

const BATCH_SIZE = 2000;

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Dates as ISO (the date parser always accepts it); a time of day is kept after a space. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day} ${pad2(h)}:${pad2(m)}`;
}

/** The text of one cell value: formulas give their result, rich text its plain text, errors nothing. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value === 'object') {
    const cell = value as {
      richText?: { text?: string }[];
      text?: unknown;
      result?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
      error?: unknown;
    };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text ?? '').join('');
    if ('formula' in cell || 'sharedFormula' in cell) return cellText(cell.result);
    if ('error' in cell) return '';
    if (cell.text !== undefined) return cellText(cell.text);
  }
  return '';
}

function rowValues(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const out: string[] = [];
  // exceljs row values are 1-based: index 0 is always empty.
  for (let i = 1; i < values.length; i++) out.push(cellText(values[i]));
  return out;
}

interface SheetReader extends AsyncIterable<{ number: number; values: unknown }> {
  id?: string | number;
  name?: string;
}

interface WorkbookParts {
  model?: { sheets?: { name?: string; rId?: string }[] };
  workbookRels?: { Id?: string; Target?: string }[];
}

/**
 * The sheet's name. exceljs matches a sheet file to its name through the workbook relationships only
 * when their target is relative (`worksheets/sheet1.xml`); other tools (openpyxl, some reporting
 * systems) write absolute targets (`/xl/worksheets/sheet1.xml`), and exceljs then calls every sheet
 * "Sheet<n>". Those targets are resolved here.
 */
export function sheetName(worksheet: SheetReader, parts: WorkbookParts): string {
  const name = worksheet.name ?? '';
  if (name !== `Sheet${String(worksheet.id)}`) return name;
  const rel = (parts.workbookRels ?? []).find(
    (candidate) =>
      (candidate.Target ?? '').replace(/^\/?(xl\/)?/, '') === `worksheets/sheet${String(worksheet.id)}.xml`,
  );
  const sheet = rel && (parts.model?.sheets ?? []).find((candidate) => candidate.rId === rel.Id);
  return sheet?.name ?? name;
}

export async function openXlsx(
  file: string,
  inspection: FileInspection,
  options: HeaderOptions & { sheet?: string | undefined; limits?: InflateLimits },
): Promise<OpenedSource> {
  if (!inspection.zipComplete) {
    throw new SourceError(
      'Het XLSX-bestand is onvolledig of beschadigd (het ZIP-archief heeft geen einde); is het afgebroken tijdens het kopiëren?',
    );
  }
  const directory = await readZipDirectory(file, inspection.size);
  checkInflateLimits(directory, inspection.size, options.limits ?? inflateLimitsFromEnv());
  // exceljs takes a noticeable time to load; only imports of XLSX files pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const progress: ReaderProgress = { bytesRead: 0 };
  const input = rangesStream(file, workbookFirstRanges(directory, inspection.size), 256 * 1024);
  input.on('data', (chunk: Buffer) => {
    progress.bytesRead += chunk.length;
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const wanted = options.sheet === undefined ? undefined : normaliseKey(options.sheet);
  const seen: string[] = [];

  async function* rows(): AsyncGenerator<{ line: number; values: string[] }> {
    let found = false;
    for await (const worksheet of reader as unknown as AsyncIterable<SheetReader>) {
      const parts = reader as unknown as WorkbookParts;
      const name = sheetName(worksheet, parts);
      seen.push(name);
      const first = parts.model?.sheets?.[0]?.name;
      const matches =
        wanted === undefined ? first === undefined || first === name : normaliseKey(name) === wanted;
      if (!matches || found) {
        // Read skipped sheets to the end: exceljs deletes a sheet's temporary copy as soon as we move
        // on, and a copy it has not opened yet then fails with ENOENT as an uncaught stream error.
        for await (const skipped of worksheet) void skipped;
        continue;
      }
      found = true;
      for await (const row of worksheet) yield { line: row.number, values: rowValues(row.values) };
    }
    if (!found) {
      throw new SourceError(
        options.sheet === undefined
          ? 'Het XLSX-bestand bevat geen werkblad.'
          : `Werkblad "${options.sheet}" niet gevonden; het bestand heeft: ${seen.map((s) => `"${s}"`).join(', ')}`,
      );
    }
  }

  const source = rows();
  async function* batches(): AsyncGenerator<RowBatch> {
    let batch: RowBatch = { rows: [], lines: [] };
    try {
      for await (const item of source) {
        if (item.values.every((v) => v === '')) continue;
        batch.rows.push(item.values);
        batch.lines.push(item.line);
        if (batch.rows.length >= BATCH_SIZE) {
          yield batch;
          batch = { rows: [], lines: [] };
        }
      }
    } catch (error) {
      if (error instanceof SourceError) throw error;
      throw new SourceError(`Het XLSX-bestand kan niet worden gelezen: ${(error as Error).message}`);
    } finally {
      input.destroy();
    }
    if (batch.rows.length > 0) yield batch;
  }

  const {
    headers,
    headerLine,
    batches: data,
  } = await splitHeader(batches(), options, 'Het werkblad is leeg: er staat geen kopregel in.');
  return {
    format: 'xlsx',
    headers,
    batches: data,
    progress,
    headerLine,
    description: `XLSX, werkblad "${seen[seen.length - 1] ?? ''}", kopregel op rij ${headerLine}`,
  };
}
