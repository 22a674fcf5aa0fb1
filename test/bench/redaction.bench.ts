// Redaction quality and speed: `npm run bench -- redaction.bench`.
// Prints recall per kind and the over-redaction rate on the three blind labelled sets (etl/eval/redaction:
// the development sets dev.jsonl and dev-addresses.jsonl and the evaluation set set.jsonl), then the time redactText takes per
// text on 20,000 texts (the sets' texts, repeated), for all texts and for short ones (≤ 160 characters,
// the size of most imported free-text fields). Time is the process's CPU time, not wall time: on a
// shared machine other processes would otherwise decide the figure.
import {
  ADDRESS_DEV_SET_PATH,
  DEV_SET_PATH,
  formatScore,
  LABELLED_SET_PATH,
  loadLabelledSet,
  scoreRedaction,
} from '../../etl/eval/redaction/score';
import { redactText } from '../../etl/src/privacy/pii';

const TEXTS = 20_000;
const SHORT = 160;
const log = (message: string): void => {
  process.stdout.write(`${message}\n`);
};

/** Mean CPU microseconds per call of redactText over TEXTS texts drawn in turn from `pool`. */
function microsecondsPerText(pool: readonly string[]): { micros: number; meanLength: number } {
  const texts = Array.from({ length: TEXTS }, (_, i) => pool[i % pool.length]!);
  for (const text of texts.slice(0, 2_000)) redactText(text); // warm up
  const started = process.cpuUsage();
  let characters = 0;
  for (const text of texts) characters += redactText(text).length;
  const used = process.cpuUsage(started);
  if (characters === 0) throw new Error('nothing redacted');
  const meanLength = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
  return { micros: (used.user + used.system) / TEXTS, meanLength };
}

describe('redaction benchmark', () => {
  const dev = loadLabelledSet(DEV_SET_PATH);
  const addressDev = loadLabelledSet(ADDRESS_DEV_SET_PATH);
  const evaluation = loadLabelledSet(LABELLED_SET_PATH);

  it('should print recall per kind and over-redaction on the development set', () => {
    const score = scoreRedaction(dev, redactText);
    log(formatScore(score, 'development texts (dev.jsonl)'));
    expect(score.perKind.name.labels).toBeGreaterThan(0);
  });

  it('should print recall per kind and over-redaction on the address development set', () => {
    const score = scoreRedaction(addressDev, redactText);
    log(formatScore(score, 'address development texts (dev-addresses.jsonl)'));
    expect(score.perKind.address.labels).toBeGreaterThan(0);
  });

  it('should print recall per kind and over-redaction on the evaluation set', () => {
    const score = scoreRedaction(evaluation, redactText);
    log(formatScore(score, 'evaluation texts (set.jsonl)'));
    expect(score.perKind.name.labels).toBeGreaterThan(0);
  });

  it('should print the time per text', () => {
    const all = [...dev, ...addressDev, ...evaluation].map((item) => item.text);
    const short = all.filter((text) => text.length <= SHORT);
    for (const [name, pool] of [
      ['all texts', all],
      [`short texts (≤ ${SHORT} characters)`, short],
    ] as const) {
      const { micros, meanLength } = microsecondsPerText(pool);
      log(
        `redactText, ${name}: ${TEXTS} calls, mean ${meanLength} characters, ${micros.toFixed(1)} µs CPU per text ` +
          `(${Math.round(1e6 / micros).toLocaleString('en-US')} texts/s)`,
      );
      expect(micros).toBeGreaterThan(0);
    }
  });
});
