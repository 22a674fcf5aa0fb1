/**
 * Prints the redaction score on the labelled set: `npx tsx etl/eval/redaction/run.ts`.
 * Misses are summarised per kind and register only (see README.md: the set is not a development set).
 */
import { redactText } from '../../src/privacy/pii';
import { formatScore, loadLabelledSet, scoreRedaction } from './score';

const set = loadLabelledSet();
const score = scoreRedaction(set, redactText);
process.stdout.write(`${formatScore(score)}\n`);
const registerOf = new Map(set.map((item) => [item.id, item.register]));
const tally = new Map<string, number>();
for (const miss of score.misses) {
  const key = `${miss.kind} / ${registerOf.get(miss.id) ?? '?'}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}
process.stdout.write('\nMisses per kind and register\n');
for (const [key, n] of [...tally].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${key}: ${n}\n`);
