import { cohensKappa, estimateShare, wilsonInterval } from './panel-statistics';

describe('panel statistics', () => {
  it('should give the textbook Wilson interval for 10 of 100', () => {
    const interval = wilsonInterval(0.1, 100)!;
    expect(interval.lower).toBeCloseTo(0.0552, 3);
    expect(interval.upper).toBeCloseTo(0.1744, 3);
  });

  it('should keep the Wilson interval inside 0..1 for 0 of 10', () => {
    const interval = wilsonInterval(0, 10)!;
    expect(interval.lower).toBe(0);
    expect(interval.upper).toBeCloseTo(0.2775, 3);
  });

  it('should weight a stratified share and shrink the effective sample size', () => {
    // Stratum A: weight 1, 2 of 4 hits; stratum B: weight 3, 0 of 4 hits.
    const observations = [
      ...[true, true, false, false].map((hit) => ({ weight: 1, hit })),
      ...[false, false, false, false].map((hit) => ({ weight: 3, hit })),
    ];
    const estimate = estimateShare(observations);
    expect(estimate.share).toBeCloseTo(2 / 16, 6);
    expect(estimate.effectiveN).toBeCloseTo((16 * 16) / 40, 6);
    expect(estimate.hits).toBe(2);
  });

  it('should compute Cohen kappa on a constructed pair of reviews', () => {
    // 10 cases: 4 ja/ja, 3 nee/nee, 1 ja/nee, 1 nee/ja, 1 onduidelijk/nee.
    const pairs: [string, string][] = [
      ...Array.from({ length: 4 }, (): [string, string] => ['ja', 'ja']),
      ...Array.from({ length: 3 }, (): [string, string] => ['nee', 'nee']),
      ['ja', 'nee'],
      ['nee', 'ja'],
      ['onduidelijk', 'nee'],
    ];
    const result = cohensKappa(pairs);
    // po = 0.7; pe = 0.5·0.5 + 0.4·0.5 + 0.1·0 = 0.45; kappa = 0.25 / 0.55.
    expect(result.observedAgreement).toBeCloseTo(0.7, 6);
    expect(result.kappa).toBeCloseTo(0.25 / 0.55, 6);
  });

  it('should give no kappa when every answer is the same', () => {
    expect(
      cohensKappa([
        ['ja', 'ja'],
        ['ja', 'ja'],
      ]).kappa,
    ).toBeNull();
  });
});
