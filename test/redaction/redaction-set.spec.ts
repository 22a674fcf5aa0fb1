// Guards the redaction quality measured on the blind labelled set (etl/eval/redaction/README.md):
// a change that loses recall or removes more ordinary words fails CI. The bars sit a little below the
// numbers the benchmark prints (`npm run bench -- redaction.bench`), so noise-free small changes pass.
import { loadLabelledSet, scoreRedaction } from '../../etl/eval/redaction/score';
import { redactText } from '../../etl/src/privacy/pii';

const BARS = { name: 0.91, identifiersAndAddresses: 0.96, maxOverRedaction: 0.01 };

describe('redaction on the labelled set', () => {
  const score = scoreRedaction(loadLabelledSet(), redactText);

  it('should keep recall of names at or above the bar', () => {
    expect(score.perKind.name.recall).toBeGreaterThanOrEqual(BARS.name);
  });

  it('should keep recall of identifiers and addresses at or above the bar', () => {
    expect(score.identifiers.recall).toBeGreaterThanOrEqual(BARS.identifiersAndAddresses);
    for (const kind of ['bsn', 'email', 'phone', 'iban', 'postcode', 'birthdate'] as const) {
      expect(score.perKind[kind].recall).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('should remove at most 1 % of ordinary words', () => {
    expect(score.overRedaction).toBeLessThanOrEqual(BARS.maxOverRedaction);
  });

  it('should score a redaction that removes nothing as recalling nothing', () => {
    const none = scoreRedaction(loadLabelledSet(), (text) => text);
    expect(none.identifiers.recalled).toBe(0);
    expect(none.overRedaction).toBe(0);
  });
});
