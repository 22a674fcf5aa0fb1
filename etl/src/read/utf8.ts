import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

/**
 * The 1-based line of the first byte sequence that is not UTF-8, or null. A line feed byte never
 * occurs inside a UTF-8 character, so checking line by line is exact. Only on the error path.
 */
export async function firstInvalidUtf8Line(file: string): Promise<number | null> {
  let line = 1;
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(0x0a); end >= 0; end = buffer.indexOf(0x0a, start)) {
      if (!isUtf8(buffer.subarray(start, end))) return line;
      line++;
      start = end + 1;
    }
    carry = Buffer.from(buffer.subarray(start));
  }
  return isUtf8(carry) ? null : line;
}
