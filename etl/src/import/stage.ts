import type { TargetImporter } from '../importers/importer';
import { CopyWriter } from '../load/copy';
import type { ThemeAssignment, ThemeCatalog } from '../load/themes';
import type { OpenedSource } from '../read/source';
import type { FieldValue, Rejection, RowMapper } from '../transform/row-mapper';
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

  async stage(
    source: OpenedSource,
    mapper: RowMapper,
    importer: TargetImporter,
    themes: ThemeCatalog,
  ): Promise<void> {
    const { run } = this;
    const writer = new CopyWriter(run.client, importer.copySql());
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
          writer.push(importer.line(mapped, batch.lines[k] as number));
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
