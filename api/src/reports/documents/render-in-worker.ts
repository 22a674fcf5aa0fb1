import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Report } from '../models/report.model';
import { DocumentFormatName } from '../report-document.entity';
import { WorkerMessage } from './worker-message';

/**
 * The worker's entry next to this file: the compiled JavaScript, or (tests run the TypeScript sources)
 * a small script that loads the TypeScript entry through tsx's CommonJS hook.
 */
function workerEntry(): { code: string; eval: boolean } {
  const compiled = join(__dirname, 'render-worker.js');
  if (existsSync(compiled)) return { code: compiled, eval: false };
  const source = JSON.stringify(join(__dirname, 'render-worker.ts'));
  return { code: `require('tsx/cjs'); require(${source});`, eval: true };
}

/**
 * Renders a document in a worker thread: pdfkit, docx and exceljs do seconds of synchronous work on a
 * large report, which on the API's thread would delay every other request (docs/reports.md gives the
 * measured /health latency). `progress` gets the share done (0..1) as the worker reports it.
 */
export function renderInWorker(
  format: DocumentFormatName,
  report: Report,
  progress: (done: number) => void,
): Promise<Buffer> {
  const entry = workerEntry();
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.code, { eval: entry.eval, workerData: { format, report } });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') progress(message.done);
      else if (message.kind === 'done') settle(() => resolve(Buffer.from(message.content)));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`render worker stopped (exit code ${code}) without a document`))),
    );
  });
}
