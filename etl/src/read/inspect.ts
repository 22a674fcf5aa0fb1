import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';

export type DetectedFormat = 'csv' | 'xlsx' | 'json' | 'xls' | 'empty';

/** What one pass over the file tells us before the import starts. */
export interface FileInspection {
  size: number;
  sha256: string;
  /** The first 64 KiB, for encoding, delimiter and format sniffing. */
  sample: Buffer;
  /** The whole file is valid UTF-8 (so CSV is read as UTF-8 even if the sample is plain ASCII). */
  validUtf8: boolean;
  bom: 'utf-8' | 'utf-16le' | 'utf-16be' | null;
  format: DetectedFormat;
  /** For ZIP (XLSX) files: the end-of-central-directory record exists, i.e. the file is not truncated. */
  zipComplete: boolean;
}

const SAMPLE_SIZE = 64 * 1024;
const EOCD_SEARCH = 65_557;

/** Length of the prefix of `buf` that ends on a UTF-8 character boundary. */
function completeUtf8Prefix(buf: Buffer): number {
  for (let k = 1; k <= Math.min(3, buf.length); k++) {
    const b = buf[buf.length - k] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (k < need) return buf.length - k;
    }
    return buf.length;
  }
  return buf.length;
}

function detectBom(sample: Buffer): FileInspection['bom'] {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  return null;
}

function detectFormat(file: string, sample: Buffer, bom: FileInspection['bom']): DetectedFormat {
  if (sample.length === 0) return 'empty';
  if (sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04) return 'xlsx';
  if (sample[0] === 0xd0 && sample[1] === 0xcf && sample[2] === 0x11 && sample[3] === 0xe0) return 'xls';
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  let i = bom === 'utf-8' ? 3 : 0;
  while (
    i < sample.length &&
    (sample[i] === 0x20 || sample[i] === 0x0a || sample[i] === 0x0d || sample[i] === 0x09)
  ) {
    i++;
  }
  if (i >= sample.length) return 'empty';
  return sample[i] === 0x5b || sample[i] === 0x7b ? 'json' : 'csv';
}

async function hasZipEnd(file: string, size: number): Promise<boolean> {
  const length = Math.min(size, EOCD_SEARCH);
  const handle = await open(file, 'r');
  try {
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) {
        return true;
      }
    }
    return false;
  } finally {
    await handle.close();
  }
}

/** Hashes the file (SHA-256) and checks UTF-8 validity in one streaming pass. */
export async function inspectFile(file: string): Promise<FileInspection> {
  const { size } = await stat(file);
  const hash = createHash('sha256');
  const sampleParts: Buffer[] = [];
  let sampled = 0;
  let validUtf8 = true;
  let carry: Buffer | null = null;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (sampled < SAMPLE_SIZE) {
      const part = chunk.subarray(0, SAMPLE_SIZE - sampled);
      sampleParts.push(part);
      sampled += part.length;
    }
    if (validUtf8) {
      const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeUtf8Prefix(buf);
      validUtf8 = isUtf8(buf.subarray(0, cut));
      carry = cut < buf.length ? Buffer.from(buf.subarray(cut)) : null;
    }
  }
  if (carry) validUtf8 = false;
  const sample = Buffer.concat(sampleParts);
  const bom = detectBom(sample);
  const format = detectFormat(file, sample, bom);
  return {
    size,
    sha256: hash.digest('hex'),
    sample,
    validUtf8,
    bom,
    format,
    zipComplete: format === 'xlsx' ? await hasZipEnd(file, size) : false,
  };
}
