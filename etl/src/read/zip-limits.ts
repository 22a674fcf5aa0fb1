import { open } from 'node:fs/promises';
import { SourceError } from './source';

/** Bounds on what an XLSX (a ZIP archive) may inflate to, against zip bombs. */
export interface InflateLimits {
  /** All entries together, uncompressed. */
  maxInflatedBytes: number;
  /** Uncompressed ÷ compressed size of the whole archive; real workbooks stay far below 100. */
  maxRatio: number;
}

export const DEFAULT_INFLATE_LIMITS: InflateLimits = { maxInflatedBytes: 1024 * 1024 * 1024, maxRatio: 200 };

/** LEERLUS_XLSX_MAX_INFLATED_MB and LEERLUS_XLSX_MAX_RATIO, else the defaults. */
export function inflateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): InflateLimits {
  const mb = Number(env.LEERLUS_XLSX_MAX_INFLATED_MB);
  const ratio = Number(env.LEERLUS_XLSX_MAX_RATIO);
  return {
    maxInflatedBytes: mb > 0 ? mb * 1024 * 1024 : DEFAULT_INFLATE_LIMITS.maxInflatedBytes,
    maxRatio: ratio > 0 ? ratio : DEFAULT_INFLATE_LIMITS.maxRatio,
  };
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/** One entry of the archive's central directory. */
export interface ZipEntry {
  name: string;
  /** Where the entry's local header starts in the file. */
  localOffset: number;
  inflatedBytes: number;
}

/** The archive's central directory: its entries, and where the directory itself starts. */
export interface ZipDirectory {
  entries: ZipEntry[];
  directoryOffset: number;
}

/**
 * Reads the central directory at the end of the archive. A ZIP64 archive (entries or totals of 4 GiB
 * and more) is refused: no spreadsheet export needs one.
 */
export async function readZipDirectory(file: string, size: number): Promise<ZipDirectory> {
  const handle = await open(file, 'r');
  try {
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new SourceError('Het XLSX-bestand is geen geldig ZIP-archief.');
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (
      directorySize === ZIP64_MARK ||
      directoryOffset === ZIP64_MARK ||
      directoryOffset + directorySize > size
    ) {
      throw new SourceError(
        'Het XLSX-bestand is te groot of beschadigd (ZIP64 of een onjuiste inhoudsopgave).',
      );
    }
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipEntry[] = [];
    for (let at = 0; at + 46 <= directory.length;) {
      if (directory.readUInt32LE(at) !== CENTRAL_ENTRY) break;
      const inflatedBytes = directory.readUInt32LE(at + 24);
      const localOffset = directory.readUInt32LE(at + 42);
      if (inflatedBytes === ZIP64_MARK || localOffset === ZIP64_MARK) {
        throw new SourceError(
          'Het XLSX-bestand bevat een onderdeel van 4 GB of meer (ZIP64); dat wordt niet gelezen.',
        );
      }
      const nameLength = directory.readUInt16LE(at + 28);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      entries.push({ name, localOffset, inflatedBytes });
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    return { entries, directoryOffset };
  } finally {
    await handle.close();
  }
}

/** The uncompressed size the central directory declares for all its entries together. */
function inflatedBytes(directory: ZipDirectory): number {
  return directory.entries.reduce((total, entry) => total + entry.inflatedBytes, 0);
}

/** The uncompressed size the archive's central directory declares for all its entries together. */
export async function declaredInflatedSize(file: string, size: number): Promise<number> {
  return inflatedBytes(await readZipDirectory(file, size));
}

/** Refuses an archive that would inflate beyond the limits, before a byte of it is inflated. */
export function checkInflateLimits(directory: ZipDirectory, size: number, limits: InflateLimits): void {
  const inflated = inflatedBytes(directory);
  const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
  if (inflated > limits.maxInflatedBytes) {
    throw new SourceError(
      `Het XLSX-bestand pakt uit tot ${mb(inflated)}, meer dan de toegestane ${mb(limits.maxInflatedBytes)} (LEERLUS_XLSX_MAX_INFLATED_MB). Sla grote exports op als CSV.`,
    );
  }
  if (size > 0 && inflated / size > limits.maxRatio) {
    throw new SourceError(
      `Het XLSX-bestand pakt ${Math.round(inflated / size)} keer zo groot uit als het is (toegestaan: ${limits.maxRatio}, LEERLUS_XLSX_MAX_RATIO); dit lijkt een zip-bom en wordt niet gelezen.`,
    );
  }
}
