import { DEFAULT_LR_OPTIONS, LogisticRegression, type SparseVector } from './logistic-regression';

const vector = (entries: [number, number][]): SparseVector => ({
  indices: Int32Array.from(entries, ([index]) => index),
  values: Float32Array.from(entries, ([, value]) => value),
});

describe(LogisticRegression.name, () => {
  const rows = [
    { vector: vector([[0, 1]]), label: 0, weight: 1 },
    {
      vector: vector([
        [0, 0.8],
        [3, 0.2],
      ]),
      label: 0,
      weight: 1,
    },
    { vector: vector([[1, 1]]), label: 1, weight: 1 },
    {
      vector: vector([
        [1, 0.7],
        [3, 0.3],
      ]),
      label: 1,
      weight: 1,
    },
    { vector: vector([[2, 1]]), label: 2, weight: 1 },
    {
      vector: vector([
        [2, 0.9],
        [3, 0.1],
      ]),
      label: 2,
      weight: 1,
    },
  ];
  // Six rows need more than the default two epochs per member; three members are averaged.
  const model = LogisticRegression.train(rows, 3, 4, { ...DEFAULT_LR_OPTIONS, members: 3, epochs: 15 });
  const out = new Float64Array(3);

  it('should learn which feature belongs to which class', () => {
    for (const [feature, label] of [
      [0, 0],
      [1, 1],
      [2, 2],
    ] as const) {
      model.probabilitiesInto(vector([[feature, 1]]), out);
      expect(out.indexOf(Math.max(...out))).toBe(label);
      expect(out[label]).toBeGreaterThan(0.8);
    }
  });

  it('should give probabilities that sum to one and leave out classes that are not allowed', () => {
    model.probabilitiesInto(vector([[0, 1]]), out, Uint8Array.from([0, 1, 1]));
    expect(out[0]).toBe(0);
    expect((out[1] ?? 0) + (out[2] ?? 0)).toBeCloseTo(1, 6);
  });

  it('should explain a prediction by weight times value', () => {
    const contributions = model.contributions(
      vector([
        [0, 1],
        [3, 0.5],
      ]),
      0,
    );
    expect(contributions[0]?.contribution).toBeGreaterThan(contributions[1]?.contribution ?? 0);
  });

  it('should count a heavier row more', () => {
    const conflicting = [
      { vector: vector([[0, 1]]), label: 0, weight: 1 },
      { vector: vector([[0, 1]]), label: 1, weight: 4 },
    ];
    LogisticRegression.train(conflicting, 2, 1).probabilitiesInto(vector([[0, 1]]), out);
    expect(out[1]).toBeGreaterThan(out[0] ?? 1);
  });
});
