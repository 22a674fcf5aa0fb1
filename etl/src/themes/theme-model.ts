import { extractFeatures, type RawFeature, Vocabulary } from './features';
import type { KeywordRules, KeywordScore } from './keyword-rules';
import {
  DEFAULT_LR_OPTIONS,
  LogisticRegression,
  type LogisticRegressionOptions,
  type SparseVector,
} from './logistic-regression';
import { analyseText, type AnalysedText } from './text';

/** The class for texts that are about none of the themes ("ik wil alleen mijn adres doorgeven"). */
export const NO_THEME = 'geen_thema';

export interface TrainingExample {
  text: string;
  /** A theme code or NO_THEME. */
  themeCode: string;
  /** Default 1; a reviewer's decision counts more. */
  weight?: number;
}

export interface ThemeModelOptions {
  minDocuments: number;
  regression: LogisticRegressionOptions;
}

export const DEFAULT_MODEL_OPTIONS: ThemeModelOptions = { minDocuments: 2, regression: DEFAULT_LR_OPTIONS };

const FORMAT = 1;

/** A model ready to score one analysed text. */
export interface ModelInput {
  vector: SparseVector;
  features: Map<string, RawFeature>;
}

/**
 * The learned half of the theme classifier: TF-IDF features (features.ts) and a multinomial logistic
 * regression (logistic-regression.ts) over the theme codes plus NO_THEME. Stored per installation as
 * bytes (`serialize`): a JSON header with classes, vocabulary and idf, then the weights as float32.
 */
export class ThemeModel {
  constructor(
    readonly classes: string[],
    readonly vocabulary: Vocabulary,
    readonly regression: LogisticRegression,
  ) {}

  static train(
    examples: TrainingExample[],
    rules: KeywordRules,
    options: ThemeModelOptions = DEFAULT_MODEL_OPTIONS,
  ): ThemeModel {
    const classes = [...new Set(examples.map((example) => example.themeCode))].sort();
    const classIndex = new Map(classes.map((code, index) => [code, index]));
    const documents = examples.map((example) =>
      ThemeModel.features(analyseText(example.text), example.text, rules),
    );
    const vocabulary = Vocabulary.fit(documents, options.minDocuments);
    const rows = examples.map((example, index) => ({
      vector: vocabulary.vectorize(documents[index] ?? new Map<string, RawFeature>()),
      label: classIndex.get(example.themeCode) ?? 0,
      weight: example.weight ?? 1,
    }));
    const regression = LogisticRegression.train(
      rows,
      classes.length,
      vocabulary.names.length,
      options.regression,
    );
    return new ThemeModel(classes, vocabulary, regression);
  }

  static features(text: AnalysedText, raw: string, rules: KeywordRules): Map<string, RawFeature> {
    return extractFeatures(text, rules.scores(raw, text.negated));
  }

  /** `ruleScores`: the keyword rules' scores of the text (all themes), as the classifier already has them. */
  input(text: AnalysedText, ruleScores: KeywordScore[]): ModelInput {
    const features = extractFeatures(text, ruleScores);
    return { features, vector: this.vocabulary.vectorize(features) };
  }

  serialize(): Buffer {
    const header = Buffer.from(
      JSON.stringify({
        format: FORMAT,
        classes: this.classes,
        names: this.vocabulary.names,
        idf: Array.from(this.vocabulary.idf),
      }),
    );
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    const numbers = new Float32Array(this.regression.bias.length + this.regression.weights.length);
    numbers.set(this.regression.bias);
    numbers.set(this.regression.weights, this.regression.bias.length);
    return Buffer.concat([length, header, Buffer.from(numbers.buffer)]);
  }

  static deserialize(bytes: Buffer): ThemeModel {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as {
      format: number;
      classes: string[];
      names: string[];
      idf: number[];
    };
    if (header.format !== FORMAT) throw new Error(`Onbekend formaat van het themamodel: ${header.format}`);
    const body = bytes.subarray(4 + headerLength);
    const numbers = new Float32Array(body.byteLength / 4);
    for (let i = 0; i < numbers.length; i++) numbers[i] = body.readFloatLE(i * 4);
    const classes = header.classes.length;
    const bias = numbers.slice(0, classes);
    const weights = numbers.slice(classes);
    const vocabulary = new Vocabulary(header.names, Float32Array.from(header.idf));
    return new ThemeModel(
      header.classes,
      vocabulary,
      new LogisticRegression(classes, header.names.length, weights, bias),
    );
  }
}
