import { extractFeatures } from './features';
import { analyseText } from './text';

/** A text of one sentence is its own last sentence: its words weigh 1.3 (text.ts). */
const LAST_SENTENCE = 1.3;

describe(extractFeatures.name, () => {
  it('should list each word of a repeated pair once', () => {
    const pair = extractFeatures(analyseText('wachten wachten wachten'), []).get('b:wacht_wacht');
    expect(pair?.tokens).toEqual([0, 1, 2]);
    expect(pair?.value).toBeCloseTo(2 * LAST_SENTENCE, 6);
  });

  it('should list a word once for a character gram it holds twice', () => {
    const features = extractFeatures(analyseText('kokokoko en kokokoko'), []);
    expect(features.get('c:koko')?.tokens).toEqual([0, 2]);
    expect(features.get('c:koko')?.value).toBeCloseTo((6 / 4) * LAST_SENTENCE, 6);
  });
});
