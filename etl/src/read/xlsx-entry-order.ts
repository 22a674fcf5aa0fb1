import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { ZipDirectory } from './zip-limits';

/**
 * The parts exceljs's streaming reader must have read before a worksheet, in this order. Many writers
 * (exceljs itself, some case systems) store `xl/workbook.xml` after the worksheets; the reader then
 * parks each worksheet in a temporary file and, depending on how fast that file is made, parses it
 * before the workbook part and fails ("Cannot read properties of undefined (reading 'sheets')",
 * exceljs#3064): always under some TMPDIR paths, never under others.
 */
const READ_FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/** A byte range of the file, end exclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The archive's local entries (header, data and descriptor: from one entry's offset to the next one's)
 * with the parts the reader needs first moved to the front, the others in stored order, then the
 * central directory as it was. A streaming unzip reads local entries in the order it meets them and
 * stops at the central directory, so the reordered bytes are the same workbook.
 */
export function workbookFirstRanges(directory: ZipDirectory, size: number): ByteRange[] {
  const stored = [...directory.entries].sort((a, b) => a.localOffset - b.localOffset);
  const rank = (name: string): number => {
    const at = READ_FIRST.indexOf(name);
    return at < 0 ? READ_FIRST.length : at;
  };
  const ordered = stored
    .map((entry, index) => ({
      rank: rank(entry.name),
      index,
      start: entry.localOffset,
      end: stored[index + 1]?.localOffset ?? directory.directoryOffset,
    }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ start, end }) => ({ start, end }));
  return [...ordered, { start: directory.directoryOffset, end: size }];
}

/** The file's bytes in the order of the ranges, as one stream. */
export function rangesStream(file: string, ranges: ByteRange[], highWaterMark: number): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (const range of ranges) {
      if (range.end <= range.start) continue;
      for await (const chunk of createReadStream(file, {
        start: range.start,
        end: range.end - 1,
        highWaterMark,
      })) {
        yield chunk as Buffer;
      }
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
