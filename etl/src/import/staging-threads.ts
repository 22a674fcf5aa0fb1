import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { resourceLimits, Worker } from 'node:worker_threads';
import {
  type ThemeAssignment,
  type ThemeCatalog,
  type ThemeQuestion,
  themeQuestionKey,
} from '../load/themes';
import type { RowBatch } from '../read/source';

export type StagingRequest =
  | { id: number; kind: 'redact'; cells: string[] }
  | { id: number; kind: 'classify'; questions: ThemeQuestion[] };

export type StagingReply =
  { id: number; redacted: string[] } | { id: number; answers: (ThemeAssignment | null)[] };

/** Files smaller than this are redacted on the main thread: starting a thread costs more than it saves. */
export const PARALLEL_MIN_BYTES = 1 << 20;
/**
 * Longer cells are redacted (and classified) on the main thread, as without threads: a few huge cells then
 * fail an import where they always did (the API's capped import worker) instead of being copied to another
 * heap.
 */
const MAX_THREAD_CELL = 64 * 1024;

/**
 * Staging threads for an import (LEERLUS_ETL_THREADS, default 1; 0 stages on the main thread alone): never
 * more than the cores besides the main thread's. An invalid value counts as the default.
 */
export function stagingThreads(setting = process.env.LEERLUS_ETL_THREADS): number {
  const wanted = setting === undefined || setting.trim() === '' ? 1 : Number(setting);
  const threads = Number.isInteger(wanted) && wanted >= 0 ? wanted : 1;
  return Math.min(threads, Math.max(availableParallelism() - 1, 1));
}

function startWorker(themes: ThemeCatalog): Worker {
  // Under jest and tsx the thread loads its TypeScript through tsx; built, it is the .js beside this file.
  // Inside the API's import worker the thread gets that worker's memory cap too.
  const entry = join(__dirname, `staging-worker${extname(__filename)}`);
  const workerData = { themes: themes.data };
  return entry.endsWith('.ts')
    ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, {
        eval: true,
        resourceLimits,
        workerData,
      })
    : new Worker(entry, { resourceLimits, workerData });
}

/**
 * The staging work that needs no database and no state of the import, on worker threads: redacting the
 * free-text cells of the batch after the one the main thread maps (`batches()` passes the batches through
 * in their order, each with its texts already redacted, and `redactedText(cell)` answers the row mapper
 * from them), and classifying the texts of a mapped batch while the main thread maps the next one
 * (`classify()`; ThemeCatalog.useAnswers). Both are pure functions of their input, so what is stored is the
 * same as on one thread; a cell or question not answered (a text joined from several columns, a huge
 * cell) is computed on the spot.
 */
export class StagingThreads {
  private readonly workers: Worker[];
  private readonly waiting = new Map<
    number,
    { resolve: (reply: StagingReply) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;
  private current = new Map<string, string>();
  private failure: Error | null = null;

  constructor(
    threads: number,
    private readonly textColumns: readonly number[],
    themes: ThemeCatalog,
  ) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = startWorker(themes);
      worker.on('message', (reply: StagingReply) => {
        this.waiting.get(reply.id)?.resolve(reply);
        this.waiting.delete(reply.id);
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

  /** Sends a request to the next thread, round robin. */
  private send(request: StagingRequest): Promise<StagingReply> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.workers[request.id % this.workers.length] as Worker;
    return new Promise<StagingReply>((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  private async redact(batch: RowBatch): Promise<Map<string, string>> {
    const cells: string[] = [];
    for (const row of batch.rows) {
      for (const column of this.textColumns) {
        const cell = row[column];
        if (cell !== undefined && cell !== '' && cell.length <= MAX_THREAD_CELL) cells.push(cell);
      }
    }
    const reply = await this.send({ id: this.nextId++, kind: 'redact', cells });
    if (!('redacted' in reply)) throw new Error('stagingthread gaf geen geredigeerde teksten terug');
    const redacted = new Map<string, string>();
    for (let k = 0; k < cells.length; k++) redacted.set(cells[k] as string, reply.redacted[k] as string);
    return redacted;
  }

  /** The classifier's answers to the questions, keyed by themeQuestionKey. */
  async classify(questions: ThemeQuestion[]): Promise<Map<string, ThemeAssignment | null>> {
    const asked = questions.filter((q) => q.text.length <= MAX_THREAD_CELL);
    if (asked.length === 0) return new Map();
    const reply = await this.send({ id: this.nextId++, kind: 'classify', questions: asked });
    if (!('answers' in reply)) throw new Error('stagingthread gaf geen thema-antwoorden terug');
    return new Map(
      asked.map((q, k) => [themeQuestionKey(q.text, q.domain, q.excludedThemes), reply.answers[k] ?? null]),
    );
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
