import { extractFeatures } from './features';
import { analyseText } from './text';

describe(extractFeatures.name, () => {
  it('should list each word of a repeated pair once', () => {
    const features = extractFeatures(analyseText('wachten wachten wachten'), []);
    expect(features.get('b:wacht_wacht')).toEqual({ value: 2, tokens: [0, 1, 2] });
  });

  it('should list a word once for a character gram it holds twice', () => {
    const features = extractFeatures(analyseText('kokokoko en kokokoko'), []);
    expect(features.get('c:koko')?.tokens).toEqual([0, 2]);
    expect(features.get('c:koko')?.value).toBeCloseTo(6 / 4, 9);
  });
});
