/**
 * Keyword rules: the taxonomy's keywords matched in a free text, scored per theme, explainable.
 *
 * One of the two voices of the theme classifier (classifier.ts); the other is the learned model. It is built once per
 * import from the `theme` table (code + keywords) and then runs per row, so all work that does not
 * depend on the text is done up front: keywords are normalised and stemmed, and every keyword stem
 * goes into one Aho-Corasick automaton (a flat transition table). Classifying a text is one pass
 * over its characters plus a little bookkeeping for the (few) matches; no regular expressions, no
 * per-call string building.
 *
 * Matching (all after lowercasing and stripping diacritics; anything that is not a letter or digit
 * separates words):
 * - a keyword word matches the START of a text word: "wachttijd" matches "wachttijden";
 * - a keyword word of 7+ letters also matches INSIDE a compound: "wachtlijst" in "ggzwachtlijst";
 * - a keyword word of 3 letters or fewer matches only a WHOLE word: "pgb", "ots", "op";
 * - light Dutch stemming of keyword words: "wachten" also gives "wacht", "afspraken" also gives
 *   "afsprak"/"afspraak", "afspraak" also gives "afsprak" (so both singular and plural match);
 * - a phrase ("lang wachten") matches when all its words occur within a window of (words + 3)
 *   text words, in any order ("lang moeten wachten", "wachten al heel lang").
 * When matches overlap, the more specific one wins: a phrase hides single-word matches on the same
 * words ("bijzondere bijstand" hides "bijstand"), a longer word match hides a shorter one inside it
 * ("klachtbehandeling" hides "behandeling").
 *
 * Scoring and confidence (see docs/themes.md):
 *   weight(keyword) = (1 + 0.5 x (content words - 1) + 0.25 x function words)
 *                     / (number of themes that list the same keyword)
 *                     (function words: "de", "op", "niet", "geen", ...; so "niet opgehaald" = 1.25,
 *                     "lang wachten" = 1.5, "wachten op gesprek" = 1.75)
 *   score(theme)    = sum of the weights of its distinct matched keywords
 *   strength        = 1 - exp(-s1)                 s1 = best score, s2 = runner-up score
 *   margin          = (s1 - s2) / s1
 *   confidence      = strength x (0.5 + 0.5 x margin), rounded to 3 decimals
 * So one unambiguous keyword gives 0.632, two give 0.865, a tie halves the strength. Suggestions at
 * or above SUGGESTION_THRESHOLD are meant to be stored; lower ones go to the review queue.
 */

export interface ThemeSuggestion {
  themeCode: string;
  /** In [0, 1]; see the formula above. */
  confidence: number;
  /** The taxonomy keywords that matched, strongest first. */
  evidence: string[];
}

/** One theme's keyword evidence in a text. */
export interface KeywordScore {
  themeCode: string;
  score: number;
  /** Matched keywords (taxonomy spelling) with the text words (token indexes) they matched. */
  matches: { keyword: string; tokens: number[] }[];
}

export interface KeywordRules {
  /**
   * The best theme by keywords. `ignoredTokens[i] = 1` hides text word i (counted as in
   * `normalizeText(text).split(' ')`), e.g. the words of a negated clause.
   */
  classify(
    text: string,
    ignoredTokens?: Uint8Array,
    isCandidate?: (themeCode: string) => boolean,
  ): ThemeSuggestion | null;
  /** Every theme with keyword evidence, strongest first. */
  scores(text: string, ignoredTokens?: Uint8Array): KeywordScore[];
  /** `scores` and `classify` of one text from a single scan (the classifier without a model needs both). */
  scoresAndSuggestion(
    text: string,
    ignoredTokens?: Uint8Array,
    isCandidate?: (themeCode: string) => boolean,
  ): { scores: KeywordScore[]; suggestion: ThemeSuggestion | null };
}

/** Suggestions with at least this confidence count as a classification (one clear keyword). */
export const SUGGESTION_THRESHOLD = 0.5;

const ALPHABET = 37; // 0 = separator, 1..26 = a..z, 27..36 = 0..9 (only 1..36 enter the automaton)
const IJ = 255; // marker for the ligature "ĳ", fed as "i" + "j"
const INFIX_MIN_LENGTH = 7;
const WORD_MAX_LENGTH = 3;
const PHRASE_EXTRA_WINDOW = 3;
const MAX_PHRASE_WORDS = 8;
const FUNCTION_WORD_WEIGHT = 0.25;

/** Function words: they must match for a phrase to match, but weigh only a quarter of a content word. */
const FUNCTION_WORDS = new Set(
  (
    'aan al als bij dat de deze die dit door een en er geen het hij ik in is je kan kon maar meer met mijn ' +
    'na naar niet nog nu of om ook op te tot u uw van voor we wel wij wordt ze zij zijn zo'
  ).split(' '),
);

const enum Mode {
  Word = 0,
  Prefix = 1,
  Infix = 2,
}

/** char code -> symbol, for U+0000..U+024F; everything above is a separator. */
const SYMBOLS = buildSymbolTable();

function buildSymbolTable(): Uint8Array {
  const table = new Uint8Array(0x250);
  for (let code = 0; code < table.length; code++) {
    table[code] = symbolOf(String.fromCharCode(code));
  }
  table[0x132] = IJ;
  table[0x133] = IJ;
  return table;
}

function symbolOf(char: string): number {
  const special: Record<string, string> = { ß: 's', æ: 'a', ø: 'o', đ: 'd', ł: 'l', œ: 'o', ð: 'd', þ: 't' };
  const lower = char.toLowerCase();
  const base = special[lower] ?? lower.normalize('NFD').charAt(0);
  const code = base.charCodeAt(0);
  if (base.length === 0) return 0;
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 48 + 27;
  return 0;
}

/** symbol -> its folded letters (foldCharCode), made once instead of a string per character. */
const FOLDED = Array.from({ length: IJ + 1 }, (_, symbol) =>
  symbol === IJ
    ? 'ij'
    : symbol === 0 || symbol > 36
      ? ''
      : symbol <= 26
        ? String.fromCharCode(96 + symbol)
        : String(symbol - 27),
);

/**
 * The folded letter of one UTF-16 code: 'a'..'z', '0'..'9', 'ij' for the ligature, '' for a separator.
 * The tokenizer of the learned model uses it so that its word numbers equal the rules' token numbers.
 */
export function foldCharCode(code: number): string {
  return code < SYMBOLS.length ? (FOLDED[SYMBOLS[code] ?? 0] ?? '') : '';
}

/** Lowercase, strip diacritics, keep letters and digits, fold everything else to single spaces. */
export function normalizeText(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const symbol = code < SYMBOLS.length ? (SYMBOLS[code] ?? 0) : 0;
    if (symbol === 0) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += FOLDED[symbol] ?? '';
  }
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isConsonant = (char: string | undefined): boolean =>
  char !== undefined && /[a-z]/.test(char) && !VOWELS.has(char);

/**
 * Alternative stems for one keyword word (light Dutch stemming, only at build time). The original
 * form always stays; prefix matching on the text side does the rest ("uitkering" -> "uitkeringen").
 */
export function stemAlternatives(word: string): string[] {
  const stems = new Set([word]);
  let stem = word;
  if (word.length >= 6 && word.endsWith('en')) {
    stem = word.slice(0, -2); // wachten -> wacht, afspraken -> afsprak, bellen -> bell
    stems.add(stem);
    const last = stem.charAt(stem.length - 1);
    if (isConsonant(last) && stem.charAt(stem.length - 2) === last) {
      stems.add(stem.slice(0, -1)); // bell -> bel
    } else if (
      isConsonant(last) &&
      VOWELS.has(stem.charAt(stem.length - 2)) &&
      isConsonant(stem.charAt(stem.length - 3))
    ) {
      // afsprak -> afspraak (the singular has a double vowel)
      stems.add(stem.slice(0, -1) + stem.charAt(stem.length - 2) + last);
    }
  } else if (word.length >= 6 && word.endsWith('e') && !word.endsWith('ie') && !word.endsWith('ee')) {
    stems.add(word.slice(0, -1)); // huishoudelijke -> huishoudelijk
  }
  // afspraak -> afsprak (so "afspraken" matches too)
  const match = /([aeou])\1([^aeiou])$/.exec(stem);
  if (match && stem.length >= 5) stems.add(stem.slice(0, -2) + stem.slice(-1));
  return [...stems].filter((candidate) => candidate.length > 0);
}

interface CompiledKeyword {
  theme: number;
  label: string;
  /** Position of the label in localeCompare order (equal labels share it): no localeCompare per call. */
  labelRank: number;
  weight: number;
  words: number;
}

interface Hit {
  word: number;
  token: number;
  start: number;
  end: number;
}

interface Match {
  theme: number;
  keyword: number;
  tokens: number[];
  /** For single-word matches: character span in the token. */
  start: number;
  end: number;
  length: number;
}

class Automaton {
  readonly delta: Int32Array;
  readonly outputStart: Int32Array;
  readonly outputs: Int32Array;

  constructor(patterns: Uint8Array[]) {
    const children: Map<number, number>[] = [new Map<number, number>()];
    const terminal: number[][] = [[]];
    patterns.forEach((pattern, index) => {
      let state = 0;
      for (const symbol of pattern) {
        let next = children[state]?.get(symbol);
        if (next === undefined) {
          next = children.length;
          children.push(new Map<number, number>());
          terminal.push([]);
          children[state]?.set(symbol, next);
        }
        state = next;
      }
      terminal[state]?.push(index);
    });
    const states = children.length;
    const delta = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    const output: number[][] = terminal.map((list) => [...list]);
    const queue: number[] = [];
    for (let symbol = 1; symbol < ALPHABET; symbol++) {
      const next = children[0]?.get(symbol) ?? 0;
      delta[symbol] = next;
      if (next !== 0) queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      const failOutputs = output[fail[state] ?? 0] ?? [];
      output[state]?.push(...failOutputs);
      for (let symbol = 1; symbol < ALPHABET; symbol++) {
        const next = children[state]?.get(symbol);
        const viaFail = delta[(fail[state] ?? 0) * ALPHABET + symbol] ?? 0;
        if (next === undefined) {
          delta[state * ALPHABET + symbol] = viaFail;
        } else {
          delta[state * ALPHABET + symbol] = next;
          fail[next] = viaFail;
          queue.push(next);
        }
      }
    }
    this.delta = delta;
    this.outputStart = new Int32Array(states + 1);
    const flat: number[] = [];
    for (let state = 0; state < states; state++) {
      this.outputStart[state] = flat.length;
      flat.push(...(output[state] ?? []));
    }
    this.outputStart[states] = flat.length;
    this.outputs = Int32Array.from(flat);
  }
}

function toSymbols(stem: string): Uint8Array {
  const symbols: number[] = [];
  for (let i = 0; i < stem.length; i++) {
    const symbol = SYMBOLS[stem.charCodeAt(i)] ?? 0;
    if (symbol !== 0 && symbol !== IJ) symbols.push(symbol);
  }
  return Uint8Array.from(symbols);
}

/**
 * Builds a classifier for the given themes (typically every active theme with its keywords).
 * Themes without keywords never win; on equal scores the theme listed first wins.
 */
export function createKeywordRules(themes: { code: string; keywords: string[] }[]): KeywordRules {
  const keywords: CompiledKeyword[] = [];
  const keywordWords: string[][] = [];
  const themesPerKeyword = new Map<string, Set<number>>();
  themes.forEach((theme, themeIndex) => {
    const seen = new Set<string>();
    for (const label of theme.keywords) {
      const normalized = normalizeText(label);
      if (normalized === '' || seen.has(normalized)) continue;
      seen.add(normalized);
      const words = normalized.split(' ');
      if (words.length > MAX_PHRASE_WORDS) continue;
      const contentWords = Math.max(1, words.filter((word) => !FUNCTION_WORDS.has(word)).length);
      const functionWords = words.length - contentWords;
      keywords.push({
        theme: themeIndex,
        label,
        labelRank: 0,
        weight: 1 + 0.5 * (contentWords - 1) + FUNCTION_WORD_WEIGHT * functionWords,
        words: words.length,
      });
      keywordWords.push(words);
      const owners = themesPerKeyword.get(normalized) ?? new Set<number>();
      owners.add(themeIndex);
      themesPerKeyword.set(normalized, owners);
    }
  });
  const byLabel = [...keywords].sort((a, b) => a.label.localeCompare(b.label));
  byLabel.forEach((keyword, index) => {
    const previous = byLabel[index - 1];
    keyword.labelRank =
      previous && previous.label.localeCompare(keyword.label) === 0 ? previous.labelRank : index;
  });
  keywords.forEach((keyword, index) => {
    const owners = themesPerKeyword.get((keywordWords[index] ?? []).join(' '))?.size ?? 1;
    keyword.weight /= owners;
  });

  // One automaton pattern per distinct stem; each stem knows which keyword words it stands for.
  const stemIndex = new Map<string, number>();
  const stemPatterns: Uint8Array[] = [];
  const stemModes: Mode[] = [];
  const stemRefs: { keyword: number; word: number }[][] = [];
  keywordWords.forEach((words, keyword) => {
    words.forEach((word, wordIndex) => {
      for (const stem of stemAlternatives(word)) {
        let id = stemIndex.get(stem);
        if (id === undefined) {
          id = stemPatterns.length;
          stemIndex.set(stem, id);
          stemPatterns.push(toSymbols(stem));
          stemModes.push(
            stem.length <= WORD_MAX_LENGTH
              ? Mode.Word
              : stem.length >= INFIX_MIN_LENGTH
                ? Mode.Infix
                : Mode.Prefix,
          );
          stemRefs.push([]);
        }
        const refs = stemRefs[id] ?? [];
        if (!refs.some((ref) => ref.keyword === keyword && ref.word === wordIndex)) {
          refs.push({ keyword, word: wordIndex });
        }
      }
    });
  });
  const automaton = new Automaton(stemPatterns);
  const { delta, outputStart, outputs } = automaton;
  const stemLength = Int32Array.from(stemPatterns.map((pattern) => pattern.length));
  const refStart = new Int32Array(stemRefs.length + 1);
  const refKeywordList: number[] = [];
  const refWordList: number[] = [];
  stemRefs.forEach((refs, stem) => {
    refStart[stem] = refKeywordList.length;
    for (const ref of refs) {
      refKeywordList.push(ref.keyword);
      refWordList.push(ref.word);
    }
  });
  refStart[stemRefs.length] = refKeywordList.length;
  const refKeyword = Int32Array.from(refKeywordList);
  const refWord = Int32Array.from(refWordList);
  const modes = Uint8Array.from(stemModes);
  const themeCount = themes.length;

  // Reusable per-call buffers (classify is synchronous, so sharing them is safe).
  let hitStem = new Int32Array(64);
  let hitToken = new Int32Array(64);
  let hitEnd = new Int32Array(64);
  let tokenLength = new Int32Array(128);
  const scores = new Float64Array(themeCount);
  const keywordCount = keywords.length;
  const keywordStamp = new Int32Array(keywordCount);
  const keywordMask = new Int32Array(keywordCount);
  const keywordBestHit = new Int32Array(keywordCount);
  const touched = new Int32Array(keywordCount);
  const fullMask = Int32Array.from(keywords.map((keyword) => (1 << keyword.words) - 1));
  let call = 0;

  function pushHit(count: number, stem: number, token: number, end: number): number {
    if (count === hitStem.length) {
      hitStem = grow(hitStem);
      hitToken = grow(hitToken);
      hitEnd = grow(hitEnd);
    }
    hitStem[count] = stem;
    hitToken[count] = token;
    hitEnd[count] = end;
    return count + 1;
  }

  /** Steps 1-4: the keyword matches that count, after specific ones hid the ones they contain. */
  function match(text: string, ignoredTokens: Uint8Array | undefined): Match[] {
    if (!text || stemPatterns.length === 0) return [];
    // 1. One pass: feed letters/digits through the automaton, reset at word boundaries.
    let hits = 0;
    let state = 0;
    let token = -1;
    let position = 0;
    let inToken = false;
    for (let i = 0, n = text.length; i <= n; i++) {
      const code = i < n ? text.charCodeAt(i) : 32;
      const symbol = code < 0x250 ? (SYMBOLS[code] ?? 0) : 0;
      if (symbol === 0) {
        if (inToken) {
          if (token >= tokenLength.length) tokenLength = grow(tokenLength);
          tokenLength[token] = position;
          inToken = false;
        }
        continue;
      }
      if (!inToken) {
        inToken = true;
        token++;
        position = 0;
        state = 0;
      }
      const fed = symbol === IJ ? 2 : 1;
      for (let k = 0; k < fed; k++) {
        const s = symbol === IJ ? (k === 0 ? 9 : 10) : symbol;
        state = delta[state * ALPHABET + s] ?? 0;
        position++;
        for (let o = outputStart[state] ?? 0, end = outputStart[state + 1] ?? 0; o < end; o++) {
          const stem = outputs[o] ?? 0;
          const start = position - (stemLength[stem] ?? 0);
          if ((start === 0 || modes[stem] === Mode.Infix) && ignoredTokens?.[token] !== 1) {
            hits = pushHit(hits, stem, token, position);
          }
        }
      }
    }
    if (hits === 0) return [];

    // 2. Which words of which keywords matched (whole-word stems must end where the word ends).
    call++;
    let touchedCount = 0;
    for (let h = 0; h < hits; h++) {
      const stem = hitStem[h] ?? 0;
      const end = hitEnd[h] ?? 0;
      if (modes[stem] === Mode.Word && end !== tokenLength[hitToken[h] ?? 0]) {
        hitStem[h] = -1;
        continue;
      }
      for (let r = refStart[stem] ?? 0, last = refStart[stem + 1] ?? 0; r < last; r++) {
        const keyword = refKeyword[r] ?? 0;
        if (keywordStamp[keyword] !== call) {
          keywordStamp[keyword] = call;
          keywordMask[keyword] = 0;
          keywordBestHit[keyword] = -1;
          touched[touchedCount++] = keyword;
        }
        keywordMask[keyword] = (keywordMask[keyword] ?? 0) | (1 << (refWord[r] ?? 0));
        const best = keywordBestHit[keyword] ?? -1;
        if (best < 0 || (stemLength[stem] ?? 0) > (stemLength[hitStem[best] ?? 0] ?? 0)) {
          keywordBestHit[keyword] = h;
        }
      }
    }

    // 3. Keywords whose every word matched (phrases: within the window).
    const matches: Match[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const keywordIndex = touched[i] ?? 0;
      const keyword = keywords[keywordIndex];
      if (!keyword || keywordMask[keywordIndex] !== fullMask[keywordIndex]) continue;
      if (keyword.words === 1) {
        const h = keywordBestHit[keywordIndex] ?? 0;
        const end = hitEnd[h] ?? 0;
        const start = end - (stemLength[hitStem[h] ?? 0] ?? 0);
        matches.push({
          theme: keyword.theme,
          keyword: keywordIndex,
          tokens: [hitToken[h] ?? 0],
          start,
          end,
          length: end - start,
        });
        continue;
      }
      const phraseHits: Hit[] = [];
      for (let h = 0; h < hits; h++) {
        const stem = hitStem[h] ?? -1;
        if (stem < 0) continue;
        for (let r = refStart[stem] ?? 0, last = refStart[stem + 1] ?? 0; r < last; r++) {
          if (refKeyword[r] !== keywordIndex) continue;
          const end = hitEnd[h] ?? 0;
          phraseHits.push({
            word: refWord[r] ?? 0,
            token: hitToken[h] ?? 0,
            start: end - (stemLength[stem] ?? 0),
            end,
          });
        }
      }
      const match = phraseMatch(phraseHits, keyword.words);
      if (match) {
        match.theme = keyword.theme;
        match.keyword = keywordIndex;
        matches.push(match);
      }
    }
    if (matches.length === 0) return [];

    // 4. Specific matches hide the less specific ones they contain.
    sortBySpecificity(matches);
    const accepted: Match[] = [];
    for (const candidate of matches) {
      let hidden = false;
      for (let k = 0; k < accepted.length && !hidden; k++) {
        hidden = dominates(accepted[k] as Match, candidate);
      }
      if (!hidden) accepted.push(candidate);
    }
    return accepted;
  }

  /** Step 5 for the matches of one text. */
  function suggest(accepted: Match[], isCandidate?: (themeCode: string) => boolean): ThemeSuggestion | null {
    if (accepted.length === 0) return null;
    // 5. Score per theme, pick the best, compute confidence from strength and margin.
    scores.fill(0);
    for (const match of accepted) {
      scores[match.theme] = (scores[match.theme] ?? 0) + (keywords[match.keyword]?.weight ?? 0);
    }
    let best = -1;
    let bestScore = 0;
    let secondScore = 0;
    for (let t = 0; t < themeCount; t++) {
      const score = isCandidate && !isCandidate(themes[t]?.code ?? '') ? 0 : (scores[t] ?? 0);
      if (score > bestScore) {
        secondScore = bestScore;
        bestScore = score;
        best = t;
      } else if (score > secondScore) {
        secondScore = score;
      }
    }
    const winner = themes[best];
    if (!winner || bestScore <= 0) return null;
    const strength = 1 - Math.exp(-bestScore);
    const margin = (bestScore - secondScore) / bestScore;
    const confidence = Math.round(strength * (0.5 + 0.5 * margin) * 1000) / 1000;
    const evidence = accepted
      .filter((match) => match.theme === best)
      .map((match) => keywords[match.keyword])
      .filter((keyword): keyword is CompiledKeyword => keyword !== undefined)
      .sort((a, b) => b.weight - a.weight || a.labelRank - b.labelRank)
      .map((keyword) => keyword.label);
    return { themeCode: winner.code, confidence, evidence };
  }

  function scoresOfMatches(matches: Match[]): KeywordScore[] {
    const byTheme = new Map<number, KeywordScore>();
    for (const accepted of matches) {
      const keyword = keywords[accepted.keyword];
      const theme = themes[accepted.theme];
      if (!keyword || !theme) continue;
      const entry = byTheme.get(accepted.theme) ?? { themeCode: theme.code, score: 0, matches: [] };
      entry.score += keyword.weight;
      entry.matches.push({ keyword: keyword.label, tokens: accepted.tokens });
      byTheme.set(accepted.theme, entry);
    }
    return [...byTheme.values()].sort((a, b) => b.score - a.score);
  }

  return {
    classify: (text, ignoredTokens, isCandidate) => suggest(match(text, ignoredTokens), isCandidate),
    scores: (text, ignoredTokens) => scoresOfMatches(match(text, ignoredTokens)),
    scoresAndSuggestion: (text, ignoredTokens, isCandidate) => {
      const accepted = match(text, ignoredTokens);
      return { scores: scoresOfMatches(accepted), suggestion: suggest(accepted, isCandidate) };
    },
  };
}

/** Most specific first: more words, then more matched letters, then taxonomy order. Insertion sort: lists are tiny. */
function sortBySpecificity(matches: Match[]): void {
  for (let i = 1; i < matches.length; i++) {
    const current = matches[i] as Match;
    let j = i - 1;
    while (j >= 0 && compareSpecificity(matches[j] as Match, current) > 0) {
      matches[j + 1] = matches[j] as Match;
      j--;
    }
    matches[j + 1] = current;
  }
}

function compareSpecificity(a: Match, b: Match): number {
  return b.tokens.length - a.tokens.length || b.length - a.length || a.keyword - b.keyword;
}

function grow(buffer: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(buffer.length * 2);
  next.set(buffer);
  return next;
}

/** Smallest window of text words that contains every word of the phrase (any order). */
function phraseMatch(hits: Hit[], words: number): Match | null {
  // Hits arrive in text order already (the scan is left to right).
  const sorted = hits;
  const window = words + PHRASE_EXTRA_WINDOW;
  const counts = new Int32Array(words);
  let covered = 0;
  let left = 0;
  let bestLeft = -1;
  let bestRight = -1;
  for (let right = 0; right < sorted.length; right++) {
    const entry = sorted[right];
    if (!entry) continue;
    if ((counts[entry.word] ?? 0) === 0) covered++;
    counts[entry.word] = (counts[entry.word] ?? 0) + 1;
    while (covered === words) {
      const first = sorted[left];
      if (!first) break;
      const span = entry.token - first.token;
      if (
        span <= window &&
        (bestLeft < 0 || span < (sorted[bestRight]?.token ?? 0) - (sorted[bestLeft]?.token ?? 0))
      ) {
        bestLeft = left;
        bestRight = right;
      }
      counts[first.word] = (counts[first.word] ?? 0) - 1;
      if ((counts[first.word] ?? 0) === 0) covered--;
      left++;
    }
  }
  if (bestLeft < 0) return null;
  const chosen = new Map<number, Hit>();
  for (let i = bestLeft; i <= bestRight; i++) {
    const entry = sorted[i];
    if (!entry) continue;
    const current = chosen.get(entry.word);
    if (!current || entry.end - entry.start > current.end - current.start) chosen.set(entry.word, entry);
  }
  const tokens = [...new Set([...chosen.values()].map((hit) => hit.token))].sort((a, b) => a - b);
  if (tokens.length < words) return null; // two phrase words on the same text word
  const length = [...chosen.values()].reduce((sum, hit) => sum + hit.end - hit.start, 0);
  return { theme: -1, keyword: -1, tokens, start: 0, end: 0, length };
}

/** Whether an accepted (more specific) match hides a candidate. */
function dominates(kept: Match, candidate: Match): boolean {
  // Within one theme, words already counted are not counted again ("niet uitbetaald" vs "niet betaald").
  if (kept.theme === candidate.theme) {
    return candidate.tokens.every((token) => kept.tokens.includes(token));
  }
  if (kept.tokens.length > candidate.tokens.length) {
    return candidate.tokens.every((token) => kept.tokens.includes(token));
  }
  if (kept.tokens.length === 1 && candidate.tokens.length === 1 && kept.tokens[0] === candidate.tokens[0]) {
    return kept.length > candidate.length && kept.start <= candidate.start && kept.end >= candidate.end;
  }
  return false;
}
