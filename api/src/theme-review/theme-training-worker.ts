import { trainThemeModel } from '@leerlus/etl';
import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'pg';
import type { ThemeTrainingWorkerData, ThemeTrainingWorkerMessage } from './theme-training-worker.messages';

/**
 * Entry of the theme-training worker thread (train-in-worker.ts): one training with its own connection,
 * so that the seconds of CPU the model needs to learn do not hold the API's event loop.
 */
const data = workerData as ThemeTrainingWorkerData;
const post = (message: ThemeTrainingWorkerMessage): void => parentPort?.postMessage(message);
const pool = new Pool({ connectionString: data.databaseUrl, max: 1 });
pool.on('error', () => undefined);

async function train(): Promise<number> {
  const client = await pool.connect();
  try {
    const report = await trainThemeModel(client, {
      ...data.options,
      onProgress: (phase) => post({ type: 'progress', phase }),
    });
    return report.version;
  } finally {
    client.release();
  }
}

train()
  .then((version) => post({ type: 'done', version }))
  .catch((error: unknown) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
  .finally(() => pool.end());
