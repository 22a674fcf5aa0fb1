import { StemmerNl } from '@nlpjs/lang-nl';
import { foldCharCode } from './keyword-rules';

/**
 * Reading a complaint before it is classified: words with their place in the text, Dutch stems, clauses,
 * which clauses deny a topic ("het gaat niet om de eigen bijdrage") and which only mention one in passing
 * ("trouwens is de taxi ook vaak laat"). The word numbering equals the keyword rules' token numbering,
 * so both can ignore the same words.
 */
export interface Token {
  /** Lowercase, diacritics folded ("cliënt" -> "client"). */
  word: string;
  /** Snowball stem of `word` ("wachttijden" -> "wachttijd"). */
  stem: string;
  /** Character span in the original text, for highlighting. */
  start: number;
  end: number;
  clause: number;
  /** Sentence number (sentences end at . ! ? and line breaks). */
  sentence: number;
}

export interface AnalysedText {
  tokens: Token[];
  /** 1 where the word lies in a clause that denies a topic; both rules and model ignore it. */
  negated: Uint8Array;
  /** Per word: 1 normally, lower in a passing mention, higher in the clause that states the complaint. */
  weight: Float32Array;
}

const PASSING_WEIGHT = 0.4;
const MAIN_WEIGHT = 1.6;
/**
 * The last sentence often holds the request or the actual complaint after a story ("... en nu wil ik
 * gewoon dat iemand terugbelt"). 1.3 did best in cross-validation on the training split (1.6 was worse).
 */
const LAST_SENTENCE_WEIGHT = 1.3;

/** Words that start a new clause (they belong to the clause they start). */
const CLAUSE_WORDS = new Set(['maar', 'doch', 'echter', 'alleen', 'behalve', 'terwijl']);
const CLAUSE_CHARS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '\n', '–', '—']);
const SENTENCE_CHARS = new Set(['.', '!', '?', '\n']);
/** A closing line, not the last sentence of the complaint ("met vriendelijke groet, ..."). */
const CLOSING = /\b(groet|groeten|mvg|gr|hoogachtend|bedankt|dank|alvast)\b/;

/** Cues whose clause, from the cue to its end, denies the topic that follows. */
const FORWARD_DENIAL = [
  /\b(gaat|ging|gaan|betreft) (het |dit |mijn klacht |deze klacht |de klacht )?(me |mij |ons )?niet (om|over)\b/,
  /\bniet (zozeer|vanwege|wegens|over)\b/,
  /\b(geen|niet een) (klacht|klachten|probleem|problemen|punt|bezwaar) (over|met|om)\b/,
  /\b(klaag|klagen|klaagt) (ik |we |wij )?niet (over|om)\b/,
  /\bhet is niet (dat|omdat|vanwege)\b/,
];

/** Whether any of the cues matches, in one scan of the clause instead of one per cue. */
function anyOf(cues: readonly RegExp[]): RegExp {
  return new RegExp(cues.map((cue) => `(?:${cue.source})`).join('|'));
}

/** Cues that deny the topic of their whole clause ("de taxi is prima", "dat is het probleem niet"). */
const CLAUSE_DENIAL = anyOf([
  /\b(is|was|zijn|waren) (niet|geen) (het|mijn|ons) (probleem|punt)\b/,
  /\bhet probleem niet\b/,
  /\bdaar (gaat|ging) het (me |mij |ons )?niet om\b/,
  /\b(heb|had|hebben) (ik |we |wij )?(verder |overigens )?geen (klacht|klachten|probleem|problemen|bezwaar)\b/,
  /\b(ben|zijn|was|waren) (ik |we |wij )?(wel |heel |erg |zeer |best )?(tevreden|blij)\b/,
  /\b(is|was|gaat|ging|verliep|loopt|liep|zijn|waren) (wel |verder |gewoon |allemaal |op zich )?(prima|goed geregeld|in orde|naar wens|top)\b/,
  /\bniks mis mee\b|\bniets mis mee\b/,
]);

/** Cues of a passing mention: a second topic, not the complaint. */
const PASSING = anyOf([
  /\b(trouwens|overigens|terzijde|tevens|bijkomend|daarbij|bovendien|daarnaast)\b/,
  /\b(ook nog|ps|p s|los van|afgezien van|nog los daarvan|verder nog|wat ook niet helpt)\b/,
]);

/** Cues of the clause that states the complaint. */
const MAIN = anyOf([
  /\b(mijn|deze|de|onze) klacht (gaat|ging|betreft|is)\b/,
  /\b(ik|wij|we) (wil|willen) (een klacht indienen|klagen)\b/,
  /\b(ik|wij|we) (klaag|klagen|klaagt) over\b/,
  /\b(het|waar het) (gaat|ging) (me |mij |ons )?(om|over)\b/,
  /\b(vooral|voornamelijk|het ergste|het belangrijkste|hoofdzaak|eigenlijke)\b/,
]);

const stemmer = new StemmerNl();
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

export function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = /^\d+$/.test(word) ? word : stemmer.stemWord(word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** Words with their spans and clause numbers; separators as in the keyword rules. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let start = -1;
  let clause = 0;
  let clauseHasWords = false;
  let sentence = 0;
  let sentenceHasWords = false;
  const close = (end: number): void => {
    if (word === '') return;
    if (CLAUSE_WORDS.has(word) && clauseHasWords) clause++;
    tokens.push({ word, stem: stemWord(word), start, end, clause, sentence });
    clauseHasWords = true;
    sentenceHasWords = true;
    word = '';
  };
  for (let i = 0; i <= text.length; i++) {
    const char = i < text.length ? text.charAt(i) : '\n';
    const folded = foldCharCode(char.charCodeAt(0));
    if (folded !== '') {
      if (word === '') start = i;
      word += folded;
      continue;
    }
    close(i);
    if (CLAUSE_CHARS.has(char) && clauseHasWords) {
      clause++;
      clauseHasWords = false;
    }
    if (SENTENCE_CHARS.has(char) && sentenceHasWords) {
      sentence++;
      sentenceHasWords = false;
    }
  }
  return tokens;
}

export function analyseText(text: string): AnalysedText {
  const tokens = tokenize(text);
  const negated = new Uint8Array(tokens.length);
  const weight = new Float32Array(tokens.length).fill(1);
  let previousDenied = false;
  for (const [first, last] of clauseRanges(tokens)) {
    const words = tokens.slice(first, last + 1).map((token) => token.word);
    const joined = words.join(' ');
    let deniedFrom = CLAUSE_DENIAL.test(joined) ? 0 : -1;
    if (deniedFrom < 0) {
      for (const cue of FORWARD_DENIAL) {
        const found = cue.exec(joined);
        if (found) deniedFrom = wordIndexAt(joined, found.index);
        if (deniedFrom >= 0) break;
      }
    }
    const clauseWeight = PASSING.test(joined)
      ? PASSING_WEIGHT
      : MAIN.test(joined) || (previousDenied && deniedFrom < 0)
        ? MAIN_WEIGHT
        : 1;
    for (let i = first; i <= last; i++) {
      weight[i] = clauseWeight;
      if (deniedFrom >= 0 && i - first >= deniedFrom) negated[i] = 1;
    }
    previousDenied = deniedFrom >= 0;
  }
  // Only a sentence that is otherwise neutral: a passing mention stays one, a main clause stays main.
  const last = lastSentence(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.sentence === last && weight[i] === 1) weight[i] = LAST_SENTENCE_WEIGHT;
  }
  return { tokens, negated, weight };
}

/** [first, last] token index of each clause, in order. */
function clauseRanges(tokens: Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  tokens.forEach((token, index) => {
    const current = ranges[ranges.length - 1];
    if (current && tokens[current[0]]?.clause === token.clause) current[1] = index;
    else ranges.push([index, index]);
  });
  return ranges;
}

function wordIndexAt(joined: string, charIndex: number): number {
  let words = 0;
  for (let i = 0; i < charIndex; i++) if (joined.charAt(i) === ' ') words++;
  return words;
}

/** The number of the last sentence of three or more words that is not a closing; -1 when there is none. */
function lastSentence(tokens: Token[]): number {
  let end = tokens.length;
  while (end > 0) {
    const sentence = tokens[end - 1]?.sentence ?? -1;
    let start = end - 1;
    while (start > 0 && tokens[start - 1]?.sentence === sentence) start--;
    const words = tokens.slice(start, end).map((token) => token.word);
    if (words.length >= 3 && !CLOSING.test(words.join(' '))) return sentence;
    end = start;
  }
  return -1;
}
