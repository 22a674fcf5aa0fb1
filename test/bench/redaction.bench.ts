// Redaction quality and speed: `npm run bench -- redaction.bench`.
// Prints recall per kind and the over-redaction rate on the blind labelled set (etl/eval/redaction),
// then the throughput of redactText on 20,000 texts (the set's texts, repeated).
import { performance } from 'node:perf_hooks';
import { formatScore, loadLabelledSet, scoreRedaction } from '../../etl/eval/redaction/score';
import { redactText } from '../../etl/src/privacy/pii';

const TEXTS = 20_000;
const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

describe('redaction benchmark', () => {
  const set = loadLabelledSet();

  it('should print recall per kind and over-redaction on the labelled set', () => {
    const score = scoreRedaction(set, redactText);
    log(formatScore(score));
    expect(score.identifiers.labels).toBeGreaterThan(0);
  });

  it('should print the redaction throughput', () => {
    const texts = Array.from({ length: TEXTS }, (_, i) => set[i % set.length]!.text);
    for (const text of texts.slice(0, 2_000)) redactText(text); // warm up
    const started = performance.now();
    let characters = 0;
    for (const text of texts) characters += redactText(text).length;
    const ms = performance.now() - started;
    const meanLength = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
    log(
      `redactText: ${TEXTS} texts (mean ${meanLength} characters) in ${ms.toFixed(0)} ms = ` +
        `${Math.round(TEXTS / (ms / 1000)).toLocaleString('en-US')} texts/s`,
    );
    expect(characters).toBeGreaterThan(0);
  });
});
