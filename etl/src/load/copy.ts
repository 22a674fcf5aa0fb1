import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** PostgreSQL COPY text format: \N is NULL; backslash, tab, newline and CR are escaped. */
const NEEDS_ESCAPE = /[\\\t\n\r\0]/;
const ESCAPES = /[\\\t\n\r\0]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '' };

export function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPES, (c) => ESCAPED[c] ?? '') : value;
}

export function copyBoolean(value: boolean | null | undefined): string {
  return value === null || value === undefined ? '\\N' : value ? 't' : 'f';
}

export function copyNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '\\N' : String(value);
}

const ARRAY_SPECIAL = /["\\]/;
const ARRAY_SPECIALS = /["\\]/g;

/** A text[] literal ({"a","b"}), COPY-escaped. */
export function copyTextArray(values: readonly string[] | null | undefined): string {
  if (values === null || values === undefined) return '\\N';
  if (values.length === 0) return '{}';
  // A plain loop instead of map/join/replace: this runs for most rows (measures, theme evidence).
  let literal = '{"';
  for (let k = 0; k < values.length; k++) {
    const value = values[k] as string;
    if (k > 0) literal += '","';
    literal += ARRAY_SPECIAL.test(value) ? value.replace(ARRAY_SPECIALS, '\\$&') : value;
  }
  return copyText(`${literal}"}`);
}

/** jsonb, without NUL characters (PostgreSQL text cannot hold them). */
export function copyJson(value: unknown): string {
  return copyText(JSON.stringify(value).replace(/\\u0000/g, ''));
}

/** Characters of COPY lines gathered before they are encoded into the buffer. */
const PENDING_LIMIT = 32 * 1024;

/**
 * Streams COPY lines to PostgreSQL: lines are UTF-8 encoded straight into ~1 MB buffers (no big
 * intermediate strings) and a full buffer is written to the socket; when the socket is full we wait for
 * 'drain', so a fast reader never runs more than a few MB ahead of the database (back-pressure).
 *
 * With `after` the COPY only starts once that promise settles (the session is busy with earlier work
 * until then): meanwhile the buffers are kept, up to `aheadBytes`, and only then does `flush` wait.
 */
export class CopyWriter {
  private buffer: Buffer;
  private offset = 0;
  private pending = '';
  private ready: Buffer[] = [];
  private readyBytes = 0;
  private stream: ReturnType<typeof copyFrom> | null = null;
  private failed: Error | null = null;
  /** Whether `after` has settled, so the COPY can start without waiting. */
  private startable: boolean;

  constructor(
    private readonly client: PoolClient,
    private readonly sql: string,
    private readonly chunkSize = 1 << 20,
    private readonly after: Promise<unknown> | null = null,
    private readonly aheadBytes = 64 << 20,
  ) {
    this.buffer = Buffer.allocUnsafe(chunkSize);
    this.startable = after === null;
    after?.then(
      () => (this.startable = true),
      () => (this.startable = true),
    );
    if (this.startable) this.start();
  }

  private start(): ReturnType<typeof copyFrom> {
    const stream = this.client.query(copyFrom(this.sql));
    stream.on('error', (error: Error) => {
      this.failed ??= error;
    });
    this.stream = stream;
    return stream;
  }

  /** The COPY stream, once the work it waits for is done (its failure is thrown here). */
  private async opened(): Promise<ReturnType<typeof copyFrom>> {
    if (this.stream) return this.stream;
    await this.after;
    return this.stream ?? this.start();
  }

  push(line: string): void {
    // Lines are gathered in a string first: one UTF-8 encode per ~32K characters is much cheaper than
    // one Buffer.write call per line.
    this.pending += line;
    if (this.pending.length >= PENDING_LIMIT) this.encodePending();
  }

  private encodePending(): void {
    const text = this.pending;
    this.pending = '';
    // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
    if (this.offset + text.length * 3 > this.buffer.length) {
      if (this.offset > 0) this.keep(this.buffer.subarray(0, this.offset));
      this.buffer = Buffer.allocUnsafe(Math.max(this.chunkSize, text.length * 3));
      this.offset = 0;
    }
    this.offset += this.buffer.write(text, this.offset, 'utf8');
  }

  private keep(chunk: Buffer): void {
    this.ready.push(chunk);
    this.readyBytes += chunk.length;
  }

  /** A buffer is ready to be sent: call flush(). */
  get full(): boolean {
    return this.ready.length > 0;
  }

  async flush(all = false): Promise<void> {
    if (this.failed) throw this.failed;
    if (all && this.pending.length > 0) this.encodePending();
    if (all && this.offset > 0) {
      this.keep(this.buffer.subarray(0, this.offset));
      this.buffer = Buffer.allocUnsafe(this.chunkSize);
      this.offset = 0;
    }
    // Still waiting to start: keep the buffers while there is room.
    if (!all && !this.startable && this.readyBytes < this.aheadBytes) return;
    const stream = await this.opened();
    const ready = this.ready;
    this.ready = [];
    this.readyBytes = 0;
    for (const chunk of ready) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
  }

  async end(): Promise<void> {
    await this.flush(true);
    const stream = await this.opened();
    const done = once(stream, 'finish');
    stream.end();
    await done;
    if (this.failed) throw this.failed;
  }

  /**
   * Aborts the COPY (PostgreSQL gets CopyFail); the transaction must then be rolled back. A COPY that
   * never started is not started; the work it waited for is let finish, so the session is free again.
   */
  async abort(reason: Error): Promise<void> {
    if (!this.stream) {
      await this.after?.catch(() => undefined);
      return;
    }
    if (this.stream.destroyed) return;
    const closed = once(this.stream, 'close').catch(() => undefined);
    this.stream.destroy(reason);
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
}
