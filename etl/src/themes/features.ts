import type { KeywordScore } from './keyword-rules';
import type { SparseVector } from './logistic-regression';
import type { AnalysedText } from './text';

/**
 * What the learned model sees of a text: Dutch word stems (`w:wachttijd`), pairs of neighbouring stems
 * in one clause (`b:niet_teruggebeld`), character 4- and 5-grams inside words (`c:lijs`, for compounds and
 * misspellings) and, per theme, the keyword rules' score (`r:vervoer`). Words in a denied clause are left
 * out; words in a passing mention count less, words in the clause that states the complaint more.
 * Every feature remembers the words it came from, so an explanation can point at them in the text.
 */
export interface RawFeature {
  value: number;
  /** The words it came from, each once. */
  tokens: number[];
}

/** Words that say nothing about a theme on their own (they still form pairs: "niet teruggebeld"). */
const STOPWORDS = new Set(
  (
    'aan al als bij dat de deze die dit door een en er het hij ik in is je kan kon maar me meer met mij mijn ' +
    'na naar nog nu of om ook op te tot u uw van voor we wel wij wordt ze zij zijn zo was had heb heeft ' +
    'hebben ben werd worden dan die dus hoe wat wie waar toen omdat want hun haar hem ons onze jullie men'
  ).split(' '),
);
/** Lengths of the character n-grams (4 and 5 did best in cross-validation on the training split; 3 did not help). */
const CHAR_GRAMS = [4, 5];
/** Words from this length get character n-grams (4 did slightly better than 5 in cross-validation). */
const GRAM_MIN_LENGTH = 4;
const PAIR_SKIP = new Set(['de', 'het', 'een', 'en', 'ik', 'je', 'u', 'mijn', 'uw', 'we', 'wij', 'ze']);

export function extractFeatures(text: AnalysedText, rules: KeywordScore[]): Map<string, RawFeature> {
  const features = new Map<string, RawFeature>();
  const add = (name: string, value: number, token: number, second = -1): void => {
    const current = features.get(name);
    if (current) {
      current.value += value;
      // Words come in text order, so a word already listed is the last one: no search needed.
      const last = current.tokens[current.tokens.length - 1] ?? -1;
      if (token > last) current.tokens.push(token);
      if (second > Math.max(token, last)) current.tokens.push(second);
    } else {
      features.set(name, { value, tokens: second >= 0 ? [token, second] : [token] });
    }
  };
  let previous = -1;
  text.tokens.forEach((token, index) => {
    if (text.negated[index] === 1) {
      previous = -1;
      return;
    }
    const weight = text.weight[index] ?? 1;
    if (!STOPWORDS.has(token.word)) {
      for (const name of wordFeatureNames(token.word, token.stem)) add(name, weight, index);
      for (const name of charGramNames(token.word)) add(name, weight / 4, index);
    }
    if (PAIR_SKIP.has(token.word)) return;
    const before = text.tokens[previous];
    if (before && before.clause === token.clause) {
      add(`b:${before.stem}_${token.stem}`, weight, previous, index);
    }
    previous = index;
  });
  for (const score of rules) {
    const tokens = score.matches.flatMap((match) => match.tokens);
    const weight =
      tokens.reduce((sum, token) => sum + (text.weight[token] ?? 1), 0) / Math.max(1, tokens.length);
    features.set(`r:${score.themeCode}`, { value: Math.min(2, score.score) * weight, tokens });
  }
  return features;
}

/**
 * Feature names of a word, built once per distinct word: the import sees the same words over and over,
 * and building these strings was most of the model's cost. Bounded like the stem cache.
 */
const NAME_CACHE_LIMIT = 50_000;
const wordNames = new Map<string, string[]>();
const gramNames = new Map<string, string[]>();

function wordFeatureNames(word: string, stem: string): string[] {
  return cached(wordNames, word, () => [`w:${stem}`]);
}

function charGramNames(word: string): string[] {
  return cached(gramNames, word, () => {
    if (word.length < GRAM_MIN_LENGTH) return [];
    const padded = `_${word}_`;
    const names: string[] = [];
    for (const n of CHAR_GRAMS) {
      for (let i = 0; i + n <= padded.length; i++) names.push(`c:${padded.slice(i, i + n)}`);
    }
    return names;
  });
}

function cached(cache: Map<string, string[]>, word: string, build: () => string[]): string[] {
  let names = cache.get(word);
  if (names === undefined) {
    names = build();
    if (cache.size >= NAME_CACHE_LIMIT) cache.clear();
    cache.set(word, names);
  }
  return names;
}

/** Feature names -> columns, with inverse document frequencies; learned from the training texts. */
export class Vocabulary {
  private readonly index: Map<string, number>;
  private readonly ruleColumn: Uint8Array;
  /** Scratch for vectorize(): value per column, read back in column order and cleared. */
  private readonly scratch: Float64Array;

  constructor(
    readonly names: string[],
    readonly idf: Float32Array,
  ) {
    this.index = new Map(names.map((name, column) => [name, column]));
    this.ruleColumn = Uint8Array.from(names, (name) => (name.startsWith('r:') ? 1 : 0));
    this.scratch = new Float64Array(names.length);
  }

  /** Keeps features seen in at least `minDocuments` texts (rule features always). */
  static fit(documents: Map<string, RawFeature>[], minDocuments: number): Vocabulary {
    const frequency = new Map<string, number>();
    for (const document of documents) {
      for (const name of document.keys()) frequency.set(name, (frequency.get(name) ?? 0) + 1);
    }
    const names = [...frequency.entries()]
      .filter(([name, count]) => count >= minDocuments || name.startsWith('r:'))
      .map(([name]) => name)
      .sort();
    const idf = Float32Array.from(names, (name) =>
      name.startsWith('r:') ? 1 : Math.log((1 + documents.length) / (1 + (frequency.get(name) ?? 0))) + 1,
    );
    return new Vocabulary(names, idf);
  }

  columnOf(name: string): number | undefined {
    return this.index.get(name);
  }

  /** Sublinear TF-IDF of the text features, L2-normalised; rule features added as they are. */
  vectorize(features: Map<string, RawFeature>): SparseVector {
    const columns = new Int32Array(features.size);
    let count = 0;
    let norm = 0;
    for (const [name, feature] of features) {
      const column = this.index.get(name);
      if (column === undefined || feature.value <= 0) continue;
      columns[count++] = column;
      if (this.ruleColumn[column] === 1) {
        this.scratch[column] = feature.value;
        continue;
      }
      // Sublinear term frequency; a weight below 1 (passing mention) scales the feature down.
      const tf = feature.value < 1 ? feature.value : 1 + Math.log(feature.value);
      const scaled = tf * (this.idf[column] ?? 1);
      this.scratch[column] = scaled;
      norm += scaled * scaled;
    }
    norm = Math.sqrt(norm) || 1;
    // Columns are distinct, so a plain numeric sort orders the entries.
    const indices = columns.slice(0, count).sort();
    const values = new Float32Array(count);
    for (let k = 0; k < count; k++) {
      const column = indices[k] ?? 0;
      const value = this.scratch[column] ?? 0;
      values[k] = this.ruleColumn[column] === 1 ? value : value / norm;
      this.scratch[column] = 0;
    }
    return { indices, values };
  }
}
