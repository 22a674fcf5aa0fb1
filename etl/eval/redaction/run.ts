/**
 * Prints the redaction score: `npx tsx etl/eval/redaction/run.ts [dev|dev-addresses|eval]` (default dev).
 * On the development sets (dev.jsonl, dev-addresses.jsonl) every miss and every over-redacted word is
 * listed; on the evaluation set (set.jsonl) misses are summarised per kind and register only (see README.md).
 */
import { redactText } from '../../src/privacy/pii';
import {
  ADDRESS_DEV_SET_PATH,
  DEV_SET_PATH,
  formatScore,
  LABELLED_SET_PATH,
  loadLabelledSet,
  scoreRedaction,
} from './score';

const SETS = {
  dev: { path: DEV_SET_PATH, title: 'development texts' },
  'dev-addresses': { path: ADDRESS_DEV_SET_PATH, title: 'address development texts' },
  eval: { path: LABELLED_SET_PATH, title: 'evaluation texts' },
} as const;
const which = process.argv[2] ?? 'dev';
if (!(which in SETS)) throw new Error('usage: run.ts [dev|dev-addresses|eval]');
const chosen = SETS[which as keyof typeof SETS];
const set = loadLabelledSet(chosen.path);
const score = scoreRedaction(set, redactText);
const write = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
write(formatScore(score, chosen.title));
if (which !== 'eval') {
  write('\nMisses');
  for (const miss of score.misses) write(`  ${miss.id} ${miss.kind}: ${miss.label} | ${miss.context}`);
  write('\nOver-redacted words');
  for (const word of score.overRedacted) write(`  ${word.id}: ${word.token}`);
} else {
  const registerOf = new Map(set.map((item) => [item.id, item.register]));
  const tally = new Map<string, number>();
  for (const miss of score.misses) {
    const key = `${miss.kind} / ${registerOf.get(miss.id) ?? '?'}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  write('\nMisses per kind and register');
  for (const [key, n] of [...tally].sort((a, b) => b[1] - a[1])) write(`  ${key}: ${n}`);
}
