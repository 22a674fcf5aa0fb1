import type { TargetImporter } from '../importers/importer';
import { CopyWriter } from '../load/copy';
import { ParallelRedaction, PARALLEL_MIN_BYTES, redactionThreads } from '../privacy/parallel-redaction';
import type { OpenedSource } from '../read/source';
import type { RowMapper } from '../transform/row-mapper';
import type { RunContext } from './run-context';

function shortRowReason(fields: number, headers: number): string {
  return `onvolledige rij: ${fields} van de ${headers} velden (afgekapt bestand of ontbrekende scheidingstekens)`;
}

/**
 * The staging phase: reads every row, maps it (normalise, pseudonymise, redact, classify) and streams it
 * into the staging table with COPY. Free texts may be redacted ahead on worker threads; the row mapper
 * asks `redactedText` for them.
 */
export class StagingPhase {
  /** Set while the rows are staged with redaction threads. */
  private redaction: ParallelRedaction | null = null;

  constructor(private readonly run: RunContext) {}

  /** The stored form of a free-text cell of the batch being mapped, if a thread redacted it. */
  redactedText(cell: string): string | undefined {
    return this.redaction?.redactedText(cell);
  }

  async stage(source: OpenedSource, mapper: RowMapper, importer: TargetImporter): Promise<void> {
    const { run } = this;
    const writer = new CopyWriter(run.client, importer.copySql());
    const state = run.state;
    // A CSV row with fewer fields than the header is cut off (XLSX and JSON leave empty cells out).
    const checkWidth = source.format === 'csv';
    let lastShort: { line: number; fields: number } | null = null;
    const threads =
      run.options.redactionThreads ?? (run.inspection.size >= PARALLEL_MIN_BYTES ? redactionThreads() : 0);
    const textColumns = mapper.textColumns();
    const redaction =
      threads > 0 && textColumns.length > 0 ? new ParallelRedaction(threads, textColumns) : null;
    this.redaction = redaction;
    try {
      for await (const batch of redaction ? redaction.batches(source.batches) : source.batches) {
        const { rows, lines } = batch;
        for (let k = 0; k < rows.length; k++) {
          const line = lines[k] as number;
          const values = rows[k] as string[];
          const short = checkWidth && values.length < mapper.headers.length;
          lastShort = short ? { line, fields: values.length } : null;
          const mapped = short
            ? mapper.rejection(values, line, -1, shortRowReason(values.length, mapper.headers.length))
            : mapper.map(values, line);
          if (Array.isArray(mapped)) {
            writer.push(importer.line(mapped, line));
          } else {
            writer.push(importer.rejectedLine(mapped));
            state.rowsRejected++;
          }
        }
        state.rowsRead += rows.length;
        if (writer.full) await writer.flush();
        run.progress('lezen', source.progress.bytesRead);
      }
      await writer.end();
      if (lastShort) {
        run.warn(
          `LET OP: de laatste rij (regel ${lastShort.line}) heeft ${lastShort.fields} van de ${mapper.headers.length} velden; het bestand is waarschijnlijk afgekapt. Die rij is afgewezen; controleer of het bestand volledig is.`,
        );
      }
    } catch (error) {
      await writer.abort(error instanceof Error ? error : new Error(String(error)));
      throw error;
    } finally {
      this.redaction = null;
      await redaction?.close();
    }
  }
}
