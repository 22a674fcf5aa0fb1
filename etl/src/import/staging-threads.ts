import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { resourceLimits, Worker } from 'node:worker_threads';
import type { RowBatch } from '../read/source';

export interface RedactionRequest {
  id: number;
  cells: string[];
}

export interface RedactionReply {
  id: number;
  redacted: string[];
}

/** Files smaller than this are redacted on the main thread: starting a thread costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1 << 20;
/**
 * Longer cells are redacted on the main thread, as without threads: a few huge cells then fail an import
 * where they always did (the API's capped import worker) instead of being copied to another heap.
 */
const MAX_THREAD_CELL = 64 * 1024;

/**
 * Redaction threads for an import (LEERLUS_ETL_THREADS, default 1; 0 redacts on the main thread): never
 * more than the cores besides the main thread's. An invalid value counts as the default.
 */
export function redactionThreads(setting = process.env.LEERLUS_ETL_THREADS): number {
  const wanted = setting === undefined || setting.trim() === '' ? 1 : Number(setting);
  const threads = Number.isInteger(wanted) && wanted >= 0 ? wanted : 1;
  return Math.min(threads, Math.max(availableParallelism() - 1, 1));
}

function startWorker(): Worker {
  // Under jest and tsx the thread loads its TypeScript through tsx; built, it is the .js beside this file.
  // Inside the API's import worker the thread gets that worker's memory cap too.
  const entry = join(__dirname, `redaction-worker${extname(__filename)}`);
  return entry.endsWith('.ts')
    ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, { eval: true, resourceLimits })
    : new Worker(entry, { resourceLimits });
}

/**
 * Redacts the free-text cells of an import's batches on worker threads while the main thread maps the
 * batch before (parse, normalise, pseudonymise, classify, COPY): `batches()` passes the batches through
 * in their order, each with its texts already redacted, and `redactedText(cell)` answers the row mapper
 * from them. Redaction is a pure function of the cell, so the stored text is the same as on one thread;
 * a cell not found (a text joined from several columns, say) is redacted on the spot.
 */
export class ParallelRedaction {
  private readonly workers: Worker[];
  private readonly waiting = new Map<
    number,
    { resolve: (reply: string[]) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;
  private current = new Map<string, string>();
  private failure: Error | null = null;

  constructor(
    threads: number,
    private readonly textColumns: readonly number[],
  ) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = startWorker();
      worker.on('message', ({ id, redacted }: RedactionReply) => {
        this.waiting.get(id)?.resolve(redacted);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`redactiethread stopte onverwacht (code ${code})`));
      });
      return worker;
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }

  /** The stored form of a free-text cell of the batch being mapped, if a thread redacted it. */
  redactedText(cell: string): string | undefined {
    return this.current.get(cell);
  }

  private redact(batch: RowBatch): Promise<Map<string, string>> {
    const cells: string[] = [];
    for (const row of batch.rows) {
      for (const column of this.textColumns) {
        const cell = row[column];
        if (cell !== undefined && cell !== '' && cell.length <= MAX_THREAD_CELL) cells.push(cell);
      }
    }
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise<string[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, cells } satisfies RedactionRequest);
    }).then((redacted) => new Map(cells.map((cell, k) => [cell, redacted[k] as string])));
  }

  /**
   * The batches in their order, each released once its texts are redacted; the threads work one batch
   * ahead per thread, so reading and mapping overlap with redacting.
   */
  async *batches<B extends RowBatch>(source: AsyncIterable<B>): AsyncGenerator<B> {
    const ahead: { batch: B; redacted: Promise<Map<string, string>> }[] = [];
    const release = async (): Promise<B> => {
      const next = ahead.shift() as { batch: B; redacted: Promise<Map<string, string>> };
      this.current = await next.redacted;
      return next.batch;
    };
    for await (const batch of source) {
      const redacted = this.redact(batch);
      // Handled where it is awaited; this keeps an early failure from being reported as unhandled.
      redacted.catch(() => undefined);
      ahead.push({ batch, redacted });
      if (ahead.length > this.workers.length) yield await release();
    }
    while (ahead.length > 0) yield await release();
    this.current = new Map();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
