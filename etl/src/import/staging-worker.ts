import { parentPort } from 'node:worker_threads';
import { cleanText } from '../normalise/values';
import type { RedactionReply, RedactionRequest } from './parallel-redaction';
import { redactText } from './pii';

/** Entry of a redaction thread (parallel-redaction.ts): the stored form of every free-text cell it gets. */
parentPort?.on('message', ({ id, cells }: RedactionRequest) => {
  const redacted = cells.map((cell) => {
    const value = cleanText(cell);
    return value === '' ? '' : redactText(value);
  });
  parentPort?.postMessage({ id, redacted } satisfies RedactionReply);
});
