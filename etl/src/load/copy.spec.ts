import { Writable } from 'node:stream';
import type { PoolClient } from 'pg';
import { copyText, copyTextArray, CopyWriter } from './copy';

describe(copyTextArray.name, () => {
  it('should write a COPY-escaped text[] literal', () => {
    expect(copyTextArray(null)).toBe('\\N');
    expect(copyTextArray([])).toBe('{}');
    expect(copyTextArray(['uitleg'])).toBe('{"uitleg"}');
    expect(copyTextArray(['uitleg', 'excuses'])).toBe('{"uitleg","excuses"}');
    // Quotes and backslashes are escaped for the array literal, then the literal for COPY.
    expect(copyTextArray(['a"b', 'c\\d', 'e\tf'])).toBe('{"a\\\\"b","c\\\\\\\\d","e\\tf"}');
  });
});

describe(CopyWriter.name, () => {
  function fakeClient(received: Buffer[]): PoolClient {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        received.push(Buffer.from(chunk));
        done();
      },
    });
    return { query: () => sink } as unknown as PoolClient;
  }

  it('should send every line in order, UTF-8 encoded, whatever the chunk size', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) {
      lines.push(`${i}\t${copyText(`tekst € “${i}”\n`)}\t${'x'.repeat(i % 97)}\n`);
    }
    lines.push(`${'ë'.repeat(100_000)}\n`);
    for (const chunkSize of [64, 4096, 1 << 20]) {
      const received: Buffer[] = [];
      const writer = new CopyWriter(fakeClient(received), 'COPY t FROM STDIN', chunkSize);
      for (const line of lines) {
        writer.push(line);
        if (writer.full) await writer.flush();
      }
      await writer.end();
      expect(Buffer.concat(received).toString('utf8')).toBe(lines.join(''));
    }
  });
});
