import type { TargetImporter } from '../importers/importer';
import { STAGING } from '../importers/importer';
import { CopyWriter } from '../load/copy';
import type { ThemeAssignment, ThemeCatalog } from '../load/themes';
import type { OpenedSource } from '../read/source';
import type { FieldValue, Rejection, RowMapper } from '../transform/row-mapper';
import { KeyHashes } from './key-set';
import type { RunContext } from './run-context';
import { PARALLEL_MIN_BYTES, StagingThreads, stagingThreads } from './staging-threads';

function shortRowReason(fields: number, headers: number): string {
  return `onvolledige rij: ${fields} van de ${headers} velden (afgekapt bestand of ontbrekende scheidingstekens)`;
}

/** A mapped batch waiting for its theme answers before its COPY lines are written. */
interface MappedBatch {
  rows: (FieldValue[] | Rejection)[];
  lines: number[];
  answers: Promise<Map<string, ThemeAssignment | null>> | null;
}

/** Merging chunks of the staging table while the next chunk is read (import-run.ts). */
export interface EarlyMerge {
  /** Accepted rows per chunk. */
  chunkRows: number;
  /** Checks and merges the staged chunk (a table that inherits from the staging table). */
  merge(chunk: string): Promise<void>;
}

/**
 * The staging phase: reads every row, maps it (normalise, pseudonymise, redact), classifies its text and
 * streams it into the staging table with COPY. With staging threads the texts of the next batch are
 * redacted and those of the batch just mapped are classified on another core, while this thread maps and
 * writes; the row mapper asks `redactedText`, the importer's classification finds the thread's answers.
 */
export class StagingPhase {
  /** Set while the rows are staged with threads. */
  private threads: StagingThreads | null = null;

  constructor(private readonly run: RunContext) {}

  /** The stored form of a free-text cell of the batch being mapped, if a thread redacted it. */
  redactedText(cell: string): string | undefined {
    return this.threads?.redactedText(cell);
  }

  /**
   * Stages every row. With `early` (and an importer that has an `earlyMergeKey`) the rows go into chunks,
   * and each full chunk is merged while the rows of the next are read, mapped and kept in memory (up to
   * CopyWriter's `aheadBytes`) until the session is free again: the database merges while Node stages.
   * That holds only while no key repeats: a repeated key, or one that may be (`KeyHashes`), stops it, and
   * the rest of the file goes into the last chunk, which is merged afterwards with the whole file's
   * duplicate check. Returns that last chunk, or null when the rows went into the staging table itself.
   */
  async stage(
    source: OpenedSource,
    mapper: RowMapper,
    importer: TargetImporter,
    themes: ThemeCatalog,
    early: EarlyMerge | null = null,
  ): Promise<string | null> {
    const { run } = this;
    const keyOf = early ? importer.earlyMergeKey?.bind(importer) : undefined;
    let keys = keyOf ? new KeyHashes() : null;
    let chunk = 0;
    let table = STAGING;
    if (keyOf) {
      table = `${STAGING}_${++chunk}`;
      await run.client.query(importer.createChunkSql(table));
    }
    let writer = new CopyWriter(run.client, importer.copySql(table));
    let inChunk = 0;
    /** Ends the chunk's COPY and merges it while the next chunk's lines are kept. */
    const nextChunk = async (merging: EarlyMerge): Promise<void> => {
      await writer.end();
      const full = table;
      table = `${STAGING}_${++chunk}`;
      const next = table;
      const merged = merging.merge(full).then(() => run.client.query(importer.createChunkSql(next)));
      writer = new CopyWriter(run.client, importer.copySql(next), undefined, merged);
      inChunk = 0;
    };
    const state = run.state;
    // A CSV row with fewer fields than the header is cut off (XLSX and JSON leave empty cells out).
    const checkWidth = source.format === 'csv';
    // The last row read, when it was cut off (set inside the mapping callback).
    const last: { short: { line: number; fields: number } | null } = { short: null };
    const count =
      run.options.stagingThreads ?? (run.inspection.size >= PARALLEL_MIN_BYTES ? stagingThreads() : 0);
    const threads = count > 0 ? new StagingThreads(count, mapper.textColumns(), themes) : null;
    this.threads = threads;
    /** Writes a mapped batch once its theme answers are in. */
    const write = async (batch: MappedBatch): Promise<void> => {
      themes.useAnswers(batch.answers ? await batch.answers : null);
      for (let k = 0; k < batch.rows.length; k++) {
        const mapped = batch.rows[k] as FieldValue[] | Rejection;
        if (Array.isArray(mapped)) {
          // A key that may repeat one staged before: this row and the rest of the file are merged last.
          if (keyOf && keys?.add(keyOf(mapped))) keys = null;
          writer.push(importer.line(mapped, batch.lines[k] as number));
          if (early && keys && ++inChunk >= early.chunkRows) await nextChunk(early);
        } else {
          writer.push(importer.rejectedLine(mapped));
          state.rowsRejected++;
        }
      }
      themes.useAnswers(null);
      if (writer.full) await writer.flush();
    };
    let previous: MappedBatch | null = null;
    try {
      for await (const batch of threads ? threads.batches(source.batches) : source.batches) {
        const { rows, lines } = batch;
        const mapped = rows.map((values, k) => {
          const line = lines[k] as number;
          const short = checkWidth && values.length < mapper.headers.length;
          last.short = short ? { line, fields: values.length } : null;
          if (short) {
            return mapper.rejection(values, line, -1, shortRowReason(values.length, mapper.headers.length));
          }
          const result = mapper.map(values, line);
          // The mapper reuses its array; this batch is written after the next one is mapped.
          return Array.isArray(result) ? result.slice() : result;
        });
        const answers = threads?.classify(
          mapped.flatMap((values) => (Array.isArray(values) ? importer.themeQuestions(values) : [])),
        );
        // Handled where it is awaited; this keeps an early failure from being reported as unhandled.
        answers?.catch(() => undefined);
        if (previous) await write(previous);
        previous = { rows: mapped, lines, answers: answers ?? null };
        state.rowsRead += rows.length;
        run.progress('lezen', source.progress.bytesRead);
      }
      if (previous) await write(previous);
      await writer.end();
      if (last.short) {
        const { line, fields } = last.short;
        run.warn(
          `LET OP: de laatste rij (regel ${line}) heeft ${fields} van de ${mapper.headers.length} velden; het bestand is waarschijnlijk afgekapt. Die rij is afgewezen; controleer of het bestand volledig is.`,
        );
      }
      return keyOf ? table : null;
    } catch (error) {
      await writer.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    } finally {
      themes.useAnswers(null);
      this.threads = null;
      await threads?.close();
    }
  }
}
