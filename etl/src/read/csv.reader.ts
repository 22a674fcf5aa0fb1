import { createReadStream } from 'node:fs';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { CsvParser, CsvSyntaxError } from './csv.parser';
import type { FileInspection } from './inspect';
import { type HeaderOptions, splitHeader } from './header-row';
import { type OpenedSource, type ReaderProgress, type RowBatch, SourceError } from './source';
import { firstInvalidUtf8Line } from './utf8';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'iso-8859-1' | 'utf-16le' | 'utf-16be';
export type CsvDelimiter = ';' | ',' | '\t' | '|';

const CANDIDATES: CsvDelimiter[] = [';', ',', '\t', '|'];

/**
 * UTF-8 when the whole file is valid UTF-8 (with or without BOM, checked over every byte during the
 * hashing pass); otherwise Windows-1252. ISO-8859-1 files are read as Windows-1252 too: the two only
 * differ in 0x80-0x9F, which are unused control codes in ISO-8859-1 but characters such as the euro
 * sign and curly quotes in Windows-1252, so decoding as Windows-1252 is right for both. chardet only
 * names the likely original for the import description.
 */
export function detectEncoding(inspection: FileInspection): { encoding: CsvEncoding; label: string } {
  if (inspection.bom) return { encoding: inspection.bom, label: `${inspection.bom} (BOM)` };
  if (inspection.validUtf8) return { encoding: 'utf-8', label: 'utf-8' };
  const guess = chardet.detect(inspection.sample);
  const hasC1 = inspection.sample.some((b) => b >= 0x80 && b <= 0x9f);
  return {
    encoding: 'windows-1252',
    label: guess === 'ISO-8859-1' && !hasC1 ? 'iso-8859-1 (gelezen als windows-1252)' : 'windows-1252',
  };
}

/** NUL bytes or many control characters: not a text file. */
export function looksBinary(sample: Buffer, encoding: CsvEncoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) control++;
  }
  return control > Math.max(2, sample.length / 200);
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * Picks the delimiter that splits most of the first lines into the same number of fields (title or note
 * lines above the header, without delimiters, do not count); ties go to `;` (the Dutch default), then
 * `,`, tab, `|`.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const lines = text
    .split(/\r\n|\n|\r/)
    .slice(0, 25)
    .filter((line) => line.trim() !== '');
  // The last sampled line may be cut off.
  if (lines.length > 2) lines.pop();
  let best: CsvDelimiter = ';';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const frequency = new Map<number, number>();
    for (const line of lines) {
      const count = countOutsideQuotes(line, candidate);
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    for (const [count, times] of frequency) {
      const score = times * 1000 + Math.min(count, 999) / 1000;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
  }
  return best;
}

const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'utf8',
  'windows-1252': 'win1252',
  'iso-8859-1': 'latin1',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
};

/**
 * Windows-1252 via Node's native latin1 decoding, then the 27 characters where Windows-1252 differs
 * from ISO-8859-1 (0x80-0x9F: euro sign, curly quotes, dashes, ...) are fixed up, only when present.
 * Several times faster than a table-driven single-byte decoder on the hot path.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1_RANGE = /[\u0080-\u009f]/;
const C1_CHARS = /[\u0080-\u009f]/g;

export class Windows1252Decoder {
  write(chunk: Buffer): string {
    const text = chunk.toString('latin1');
    return C1_RANGE.test(text)
      ? text.replace(C1_CHARS, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c)
      : text;
  }

  end(): string {
    return '';
  }
}

export interface CsvReadOptions extends HeaderOptions {
  delimiter: 'auto' | CsvDelimiter;
  encoding: 'auto' | 'utf-8' | 'windows-1252' | 'iso-8859-1';
}

async function* parseRows(
  file: string,
  encoding: CsvEncoding,
  delimiter: CsvDelimiter,
  progress: ReaderProgress,
): AsyncGenerator<RowBatch> {
  const decoder =
    encoding === 'windows-1252'
      ? new Windows1252Decoder()
      : iconv.getDecoder(ENCODING_NAMES[encoding], { stripBOM: true });
  const parser = new CsvParser({ delimiter });
  try {
    for await (const chunk of createReadStream(file, {
      highWaterMark: 256 * 1024,
    }) as AsyncIterable<Buffer>) {
      progress.bytesRead += chunk.length;
      parser.push(decoder.write(chunk));
      if (parser.rows.length > 0) yield parser.take();
    }
    const rest = decoder.end();
    if (rest) parser.push(rest);
    parser.end();
    if (parser.rows.length > 0) yield parser.take();
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new SourceError(`CSV: ${error.message}`);
    throw error;
  }
}

export async function openCsv(
  file: string,
  inspection: FileInspection,
  options: CsvReadOptions,
): Promise<OpenedSource> {
  const detected =
    options.encoding === 'auto'
      ? detectEncoding(inspection)
      : { encoding: inspection.bom === 'utf-8' ? 'utf-8' : options.encoding, label: options.encoding };
  const encoding: CsvEncoding = detected.encoding;
  // Declared (or BOM-marked) UTF-8 with bytes that are not: an error, never silent U+FFFD.
  if (encoding === 'utf-8' && !inspection.validUtf8) {
    const line = await firstInvalidUtf8Line(file);
    throw new SourceError(
      `Het bestand is als UTF-8 opgegeven, maar regel ${line ?? '?'} bevat tekens die geen UTF-8 zijn. ` +
        'Sla het op als UTF-8, of zet in het profiel encoding: auto (of windows-1252).',
    );
  }
  if (looksBinary(inspection.sample, encoding)) {
    throw new SourceError(
      'Het bestand is geen leesbare tekst (CSV): het bevat binaire gegevens. Is het een ander bestandstype of beschadigd?',
    );
  }
  const sampleText = iconv.decode(inspection.sample, ENCODING_NAMES[encoding], { stripBOM: true });
  const delimiter = options.delimiter === 'auto' ? sniffDelimiter(sampleText) : options.delimiter;
  const progress: ReaderProgress = { bytesRead: 0 };
  const { headers, headerLine, batches } = await splitHeader(
    parseRows(file, encoding, delimiter, progress),
    options,
    'Het bestand is leeg: er staat geen kopregel in.',
  );
  const label = delimiter === '\t' ? 'tab' : delimiter;
  return {
    format: 'csv',
    headers,
    batches,
    progress,
    headerLine,
    description: `CSV, tekenset ${detected.label}, scheidingsteken "${label}", kopregel op rij ${headerLine}`,
  };
}
