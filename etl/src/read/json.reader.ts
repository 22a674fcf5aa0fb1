import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { normaliseKey } from '../normalise/values';
import { type OpenedSource, type ReaderProgress, type RowBatch, SourceError } from './source';

const BATCH_SIZE = 2000;
const QUOTE = 34;
const BACKSLASH = 92;

interface Frame {
  array: boolean;
  key: string | null;
  expectKey: boolean;
}

/**
 * Streams the elements of one array out of a JSON document without parsing the whole document: the
 * top-level array, or the array at a property path (`records: data.items`). Each element is parsed
 * with JSON.parse as soon as it is complete, so memory stays bounded by the largest record.
 */
export class JsonArrayScanner {
  private readonly stack: Frame[] = [];
  private inString = false;
  private escape = false;
  private key: string | null = null;
  private targetDepth = -1;
  private capturing = false;
  private captureStart = 0;
  private parts: string[] = [];
  private done = false;
  private started = false;

  constructor(private readonly path: readonly string[]) {}

  private atTarget(): boolean {
    if (this.stack.length !== this.path.length) return false;
    return this.stack.every((frame, i) => !frame.array && frame.key === this.path[i]);
  }

  push(chunk: string): unknown[] {
    const out: unknown[] = [];
    const n = chunk.length;
    if (this.capturing) this.captureStart = 0;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escape) {
          this.escape = false;
          if (this.key !== null) this.key += chunk[i];
        } else if (c === BACKSLASH) {
          this.escape = true;
          if (this.key !== null) this.key += '\\';
        } else if (c === QUOTE) {
          this.inString = false;
          if (this.key !== null) {
            const top = this.stack[this.stack.length - 1];
            if (top) top.key = JSON.parse(`"${this.key}"`) as string;
            this.key = null;
          }
        } else if (this.key !== null) {
          this.key += chunk[i];
        }
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      const top = this.stack[this.stack.length - 1];
      if (!this.started) {
        this.started = true;
        if (c !== 123 && c !== 91) throw new SourceError('JSON: het bestand begint niet met { of [');
      }
      if (this.done && this.stack.length === 0) throw new SourceError('JSON: onverwachte tekst na het einde');
      switch (c) {
        case QUOTE:
          this.inString = true;
          if (!this.capturing && top && !top.array && top.expectKey) this.key = '';
          break;
        case 58: // :
          if (top && !top.array) top.expectKey = false;
          break;
        case 44: // ,
          if (top && !top.array) top.expectKey = true;
          break;
        case 123: // {
        case 91: {
          // [
          if (!this.capturing && this.targetDepth >= 0 && this.stack.length === this.targetDepth) {
            if (c !== 123) throw new SourceError('JSON: de records in de lijst moeten objecten zijn');
            this.capturing = true;
            this.captureStart = i;
            this.parts = [];
          }
          if (c === 91 && this.targetDepth < 0 && !this.done && this.atTarget()) {
            this.targetDepth = this.stack.length + 1;
          }
          this.stack.push({ array: c === 91, key: null, expectKey: c === 123 });
          break;
        }
        case 125: // }
        case 93: {
          // ]
          const frame = this.stack.pop();
          if (!frame || frame.array !== (c === 93)) throw new SourceError('JSON: haakjes kloppen niet');
          if (this.capturing && this.stack.length === this.targetDepth) {
            this.parts.push(chunk.slice(this.captureStart, i + 1));
            const text = this.parts.join('');
            this.parts = [];
            this.capturing = false;
            try {
              out.push(JSON.parse(text));
            } catch {
              throw new SourceError('JSON: een record is geen geldige JSON');
            }
          } else if (this.targetDepth >= 0 && this.stack.length === this.targetDepth - 1 && c === 93) {
            this.targetDepth = -1;
            this.done = true;
          }
          break;
        }
        default:
          if (!this.capturing && this.targetDepth >= 0 && this.stack.length === this.targetDepth) {
            throw new SourceError('JSON: de records in de lijst moeten objecten zijn');
          }
      }
    }
    if (this.capturing) this.parts.push(chunk.slice(this.captureStart));
    return out;
  }

  end(): void {
    if (this.stack.length > 0 || this.inString) {
      throw new SourceError('JSON: het bestand eindigt te vroeg (afgebroken bestand?)');
    }
    if (!this.done) {
      throw new SourceError(
        this.path.length === 0
          ? 'JSON: het document is geen lijst; geef in het profiel bij read.records de eigenschap met de records'
          : `JSON: geen lijst gevonden onder "${this.path.join('.')}"`,
      );
    }
  }
}

/** Nested objects become "a.b" columns; lists of plain values are joined with the list separator. */
export function flattenRecord(
  record: unknown,
  separator: string,
  prefix = '',
  out = new Map<string, string>(),
): Map<string, string> {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return out;
  for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) out.set(name, '');
    else if (Array.isArray(value)) {
      out.set(
        name,
        value.every((v) => v === null || typeof v !== 'object')
          ? value.map((v) => (v === null ? '' : String(v as string | number | boolean))).join(separator)
          : JSON.stringify(value),
      );
    } else if (typeof value === 'object') flattenRecord(value, separator, name, out);
    else if (typeof value === 'string') out.set(name, value);
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      out.set(name, value.toString());
    }
  }
  return out;
}

export async function openJson(
  file: string,
  options: {
    records?: string | undefined;
    listSeparator: string;
    /** Columns the profile refers to: always offered as headers, records may omit them. */
    expectedColumns: string[];
    onUnknownKey?: (key: string) => void;
  },
): Promise<OpenedSource> {
  const path = options.records ? options.records.split('.') : [];
  const progress: ReaderProgress = { bytesRead: 0 };
  async function* records(): AsyncGenerator<unknown[]> {
    const scanner = new JsonArrayScanner(path);
    const decoder = new StringDecoder('utf8');
    let first = true;
    for await (const chunk of createReadStream(file, {
      highWaterMark: 256 * 1024,
    }) as AsyncIterable<Buffer>) {
      progress.bytesRead += chunk.length;
      let text = decoder.write(chunk);
      if (first) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      const found = scanner.push(text);
      if (found.length > 0) yield found;
    }
    const found = scanner.push(decoder.end());
    if (found.length > 0) yield found;
    scanner.end();
  }
  const source = records();
  let headers: string[] = [];
  const index = new Map<string, number>();
  const unknown = new Set<string>();
  let recordNumber = 0;
  const toRow = (record: unknown): string[] => {
    const row = new Array<string>(headers.length).fill('');
    for (const [key, value] of flattenRecord(record, options.listSeparator)) {
      const at = index.get(normaliseKey(key));
      if (at === undefined) {
        if (!unknown.has(key)) {
          unknown.add(key);
          options.onUnknownKey?.(key);
        }
      } else row[at] = value;
    }
    return row;
  };
  let firstBatch: unknown[] | undefined;
  for (;;) {
    const next = await source.next();
    if (next.done) break;
    if (next.value.length > 0) {
      firstBatch = next.value;
      break;
    }
  }
  if (!firstBatch) throw new SourceError('Het bestand bevat geen records (lege lijst).');
  const firstRecord = flattenRecord(firstBatch[0], options.listSeparator);
  headers = [...firstRecord.keys()];
  headers.forEach((header, i) => index.set(normaliseKey(header), i));
  const presentHeaders = headers.length;
  for (const column of options.expectedColumns) {
    if (!index.has(normaliseKey(column))) {
      index.set(normaliseKey(column), headers.length);
      headers.push(column);
    }
  }
  async function* batches(): AsyncGenerator<RowBatch> {
    let batch: RowBatch = { rows: [], lines: [] };
    const add = (record: unknown): void => {
      recordNumber++;
      batch.rows.push(toRow(record));
      batch.lines.push(recordNumber);
    };
    for (const record of firstBatch ?? []) add(record);
    for await (const found of source) {
      for (const record of found) {
        add(record);
        if (batch.rows.length >= BATCH_SIZE) {
          yield batch;
          batch = { rows: [], lines: [] };
        }
      }
    }
    if (batch.rows.length > 0) yield batch;
  }
  return {
    format: 'json',
    headers,
    presentHeaders,
    batches: batches(),
    progress,
    description: options.records ? `JSON, records onder "${options.records}"` : 'JSON, lijst met records',
  };
}
