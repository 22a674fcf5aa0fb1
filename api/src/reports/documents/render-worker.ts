// Worker-thread entry: renders one document and posts its progress and content to the API's thread
// (render-in-worker.ts), so the rendering's CPU work never holds up the API's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { Report } from '../models/report.model';
import { DocumentFormatName } from '../report-document.entity';
import { RENDERERS } from './renderers';
import { WorkerMessage } from './worker-message';

const { format, report } = workerData as { format: DocumentFormatName; report: Report };
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void =>
  parentPort?.postMessage(message, transfer);

RENDERERS[format](report, (done) => {
  post({ kind: 'progress', done });
  return Promise.resolve();
})
  .then((content) => {
    const bytes = new Uint8Array(content).slice().buffer;
    post({ kind: 'done', content: bytes }, [bytes]);
  })
  .catch((error: unknown) =>
    post({
      kind: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }),
  );
