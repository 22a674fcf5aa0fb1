/**
 * Multinomial logistic regression over sparse vectors, trained in-process with mini-batch AdaGrad and
 * L2 regularisation. Written here rather than taken from a package: the npm options are either large
 * general ML toolkits (TensorFlow.js) or small unmaintained ones without sparse input; this is ~120
 * lines, deterministic (seeded shuffle) and its weights are plain arrays we can explain and store.
 */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface TrainingRow {
  vector: SparseVector;
  label: number;
  /** How much this row counts (a reviewer's decision counts more than a source category). */
  weight: number;
}

export interface LogisticRegressionOptions {
  /**
   * Models trained from scratch, each on its own shuffle of the rows, whose weights are averaged: in
   * cross-validation 8 members of 2 epochs beat one model of 15 epochs at the same cost.
   */
  members: number;
  /** Epochs per member. */
  epochs: number;
  learningRate: number;
  l2: number;
  batchSize: number;
  seed: number;
}

export const DEFAULT_LR_OPTIONS: LogisticRegressionOptions = {
  members: 8,
  epochs: 2,
  learningRate: 0.5,
  l2: 1e-5,
  batchSize: 16,
  seed: 7,
};

export class LogisticRegression {
  constructor(
    readonly classes: number,
    readonly features: number,
    /** Feature-major, so that one feature's weights for every class lie together: weights[f * classes + c]. */
    readonly weights: Float32Array,
    readonly bias: Float32Array,
  ) {}

  /** The members' weights and biases averaged (their log-odds averaged): one model, the size of one. */
  static train(
    rows: TrainingRow[],
    classes: number,
    features: number,
    options: LogisticRegressionOptions = DEFAULT_LR_OPTIONS,
  ): LogisticRegression {
    const members = Math.max(1, options.members);
    const weights = new Float32Array(classes * features);
    const bias = new Float32Array(classes);
    const random = seededRandom(options.seed);
    for (let member = 0; member < members; member++) {
      const trained = LogisticRegression.trainMember(rows, classes, features, options, random);
      for (let i = 0; i < weights.length; i++) {
        weights[i] = (weights[i] ?? 0) + (trained.weights[i] ?? 0) / members;
      }
      for (let c = 0; c < classes; c++) bias[c] = (bias[c] ?? 0) + (trained.bias[c] ?? 0) / members;
    }
    return new LogisticRegression(classes, features, weights, bias);
  }

  private static trainMember(
    rows: TrainingRow[],
    classes: number,
    features: number,
    options: LogisticRegressionOptions,
    random: () => number,
  ): LogisticRegression {
    const weights = new Float32Array(classes * features);
    const bias = new Float32Array(classes);
    const squared = new Float32Array(classes * features).fill(1e-8);
    const biasSquared = new Float32Array(classes).fill(1e-8);
    const gradient = new Float32Array(classes * features);
    const biasGradient = new Float32Array(classes);
    const touched = new Uint8Array(features);
    const touchedList: number[] = [];
    const model = new LogisticRegression(classes, features, weights, bias);
    const order = rows.map((_, index) => index);
    const probabilities = new Float64Array(classes);
    const errors = new Float64Array(classes);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      shuffle(order, random);
      for (let startRow = 0; startRow < order.length; startRow += options.batchSize) {
        touchedList.length = 0;
        biasGradient.fill(0);
        for (let r = startRow; r < Math.min(order.length, startRow + options.batchSize); r++) {
          const row = rows[order[r] ?? 0];
          if (!row) continue;
          model.probabilitiesInto(row.vector, probabilities);
          const { indices, values } = row.vector;
          for (let c = 0; c < classes; c++) {
            const error = ((probabilities[c] ?? 0) - (c === row.label ? 1 : 0)) * row.weight;
            errors[c] = error;
            biasGradient[c] = (biasGradient[c] ?? 0) + error;
          }
          for (let k = 0; k < indices.length; k++) {
            const f = indices[k] ?? 0;
            const value = values[k] ?? 0;
            const offset = f * classes;
            for (let c = 0; c < classes; c++) {
              gradient[offset + c] = (gradient[offset + c] ?? 0) + (errors[c] ?? 0) * value;
            }
            if (touched[f] === 0) {
              touched[f] = 1;
              touchedList.push(f);
            }
          }
        }
        // AdaGrad step on the features this batch touched; L2 applied to them as well (lazy decay).
        for (const f of touchedList) {
          touched[f] = 0;
          for (let c = 0; c < classes; c++) {
            const at = f * classes + c;
            const g = (gradient[at] ?? 0) + options.l2 * (weights[at] ?? 0);
            gradient[at] = 0;
            squared[at] = (squared[at] ?? 0) + g * g;
            weights[at] = (weights[at] ?? 0) - (options.learningRate * g) / Math.sqrt(squared[at] ?? 1);
          }
        }
        for (let c = 0; c < classes; c++) {
          const g = biasGradient[c] ?? 0;
          biasSquared[c] = (biasSquared[c] ?? 0) + g * g;
          bias[c] = (bias[c] ?? 0) - (options.learningRate * g) / Math.sqrt(biasSquared[c] ?? 1);
        }
      }
    }
    return model;
  }

  /** Softmax probabilities of every class; `allowed[c] = 0` leaves class c out (probability 0). */
  probabilitiesInto(vector: SparseVector, out: Float64Array, allowed?: Uint8Array): void {
    const classes = this.classes;
    for (let c = 0; c < classes; c++) out[c] = this.bias[c] ?? 0;
    for (let k = 0; k < vector.indices.length; k++) {
      const offset = (vector.indices[k] ?? 0) * classes;
      const value = vector.values[k] ?? 0;
      for (let c = 0; c < classes; c++) out[c] = (out[c] ?? 0) + (this.weights[offset + c] ?? 0) * value;
    }
    let max = -Infinity;
    for (let c = 0; c < classes; c++) {
      if (allowed && allowed[c] === 0) out[c] = -Infinity;
      else if ((out[c] ?? 0) > max) max = out[c] ?? 0;
    }
    let sum = 0;
    for (let c = 0; c < this.classes; c++) {
      const value = (out[c] ?? -Infinity) === -Infinity ? 0 : Math.exp((out[c] ?? 0) - max);
      out[c] = value;
      sum += value;
    }
    for (let c = 0; c < this.classes; c++) out[c] = sum > 0 ? (out[c] ?? 0) / sum : 0;
  }

  /** weight x value of each feature of the vector for one class (what pushed the text towards it). */
  contributions(vector: SparseVector, classIndex: number): { feature: number; contribution: number }[] {
    return Array.from(vector.indices, (feature, k) => ({
      feature,
      contribution: (this.weights[feature * this.classes + classIndex] ?? 0) * (vector.values[k] ?? 0),
    }));
  }
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = swap;
  }
}
