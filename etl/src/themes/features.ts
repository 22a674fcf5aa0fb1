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
/** Lengths of the character n-grams (4 and 5 did best in cross-validation on the training split). */
const CHAR_GRAMS = [4, 5];
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
    if (word.length < 5) return [];
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

  constructor(
    readonly names: string[],
    readonly idf: Float32Array,
  ) {
    this.index = new Map(names.map((name, column) => [name, column]));
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
    const text: [number, number][] = [];
    const rules: [number, number][] = [];
    let norm = 0;
    for (const [name, feature] of features) {
      const column = this.index.get(name);
      if (column === undefined || feature.value <= 0) continue;
      if (name.startsWith('r:')) {
        rules.push([column, feature.value]);
        continue;
      }
      // Sublinear term frequency; a weight below 1 (passing mention) scales the feature down.
      const tf = feature.value < 1 ? feature.value : 1 + Math.log(feature.value);
      const scaled = tf * (this.idf[column] ?? 1);
      text.push([column, scaled]);
      norm += scaled * scaled;
    }
    norm = Math.sqrt(norm) || 1;
    const entries = [...text.map(([column, value]): [number, number] => [column, value / norm]), ...rules];
    entries.sort((a, b) => a[0] - b[0]);
    return {
      indices: Int32Array.from(entries, ([column]) => column),
      values: Float32Array.from(entries, ([, value]) => value),
    };
  }
}
