import { parentPort, workerData } from 'node:worker_threads';
import { ThemeCatalog, type ThemeCatalogData } from '../load/themes';
import { cleanText } from '../normalise/values';
import { redactText } from '../privacy/pii';
import type { StagingReply, StagingRequest } from './staging-threads';

/**
 * Entry of a staging thread (staging-threads.ts): the stored form of every free-text cell it gets, and
 * the classifier's answer to every theme question, with the import's own theme catalog.
 */
const themes = ThemeCatalog.fromData((workerData as { themes: ThemeCatalogData }).themes);

parentPort?.on('message', (request: StagingRequest) => {
  const reply: StagingReply =
    request.kind === 'redact'
      ? {
          id: request.id,
          redacted: request.cells.map((cell) => {
            const value = cleanText(cell);
            return value === '' ? '' : redactText(value);
          }),
        }
      : {
          id: request.id,
          answers: request.questions.map((q) => themes.classify(q.text, q.domain, q.excludedThemes)),
        };
  parentPort?.postMessage(reply);
});
