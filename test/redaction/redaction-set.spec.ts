// Guards the redaction quality measured on the three blind labelled sets (etl/eval/redaction/README.md):
// a change that loses recall or removes more ordinary words fails CI. The bars sit a little below the
// numbers the benchmark prints (`npm run bench -- redaction.bench`), so noise-free small changes pass.
import {
  ADDRESS_DEV_SET_PATH,
  DEV_SET_PATH,
  LABELLED_SET_PATH,
  loadLabelledSet,
  scoreRedaction,
} from '../../etl/eval/redaction/score';
import { redactText } from '../../etl/src/privacy/pii';

const SETS = [
  {
    name: 'evaluation set',
    path: LABELLED_SET_PATH,
    bars: { name: 0.96, identifiersAndAddresses: 0.98, address: 0.96 },
  },
  {
    name: 'development set',
    path: DEV_SET_PATH,
    bars: { name: 0.96, identifiersAndAddresses: 0.99, address: 0.97 },
  },
  {
    name: 'address development set',
    path: ADDRESS_DEV_SET_PATH,
    bars: { name: 0.95, identifiersAndAddresses: 0.98, address: 0.97 },
  },
];
const MAX_OVER_REDACTION = 0.01;

describe.each(SETS)('redaction on the $name', ({ path, bars }) => {
  const score = scoreRedaction(loadLabelledSet(path), redactText);

  it('should keep recall of names at or above the bar', () => {
    expect(score.perKind.name.recall).toBeGreaterThanOrEqual(bars.name);
  });

  it('should keep recall of identifiers and addresses at or above the bar', () => {
    expect(score.identifiers.recall).toBeGreaterThanOrEqual(bars.identifiersAndAddresses);
    expect(score.perKind.address.recall).toBeGreaterThanOrEqual(bars.address);
    for (const kind of ['bsn', 'email', 'phone', 'iban', 'postcode', 'birthdate'] as const) {
      expect(score.perKind[kind].recall).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('should remove at most 1 % of ordinary words', () => {
    expect(score.overRedaction).toBeLessThanOrEqual(MAX_OVER_REDACTION);
  });

  it('should score a redaction that removes nothing as recalling nothing', () => {
    const none = scoreRedaction(loadLabelledSet(path), (text) => text);
    expect(none.identifiers.recalled).toBe(0);
    expect(none.perKind.name.recalled).toBe(0);
    expect(none.overRedaction).toBe(0);
  });
});
