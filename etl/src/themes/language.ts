import { normalizeText } from './keyword-rules';

/**
 * Which language a complaint is written in, from its function words, so that a Dutch theme is not
 * forced on an English, Turkish or Arabic text. Short and deterministic on purpose: complaint texts are
 * often a single line, where general-purpose detectors confuse Dutch with Afrikaans or German; we only
 * need "Dutch or not". Words that several of the languages share ("de", "is", "die") do not count.
 */
export const LANGUAGES = ['nl', 'en', 'de', 'fr', 'es', 'tr', 'pl', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

const FUNCTION_WORDS: Record<Exclude<Language, 'other'>, string> = {
  nl:
    'de het een en van ik je jij niet dat die op te met voor zijn er maar om aan ook als bij nog wel geen ' +
    'mijn mij wij ze zij hij u uw heb heeft hebben werd wordt worden al naar dan kan kunnen moet moeten ' +
    'zou nu over uit wat weer door deze dit omdat want nooit niets niks iets echt hun haar hem waar ' +
    'heel erg kreeg krijg gaat gebeld sinds weken maanden alweer graag bedankt mvg groet',
  en:
    'the and of to is are was were i you my me we they it not no have has had for with this that on at ' +
    'be been but from will would can could what when why please your our there their about since ' +
    'still nobody anyone just because months weeks called help thanks',
  de: 'der das und ich nicht ist ein eine mit fur auf sie wir sich auch noch mein meine kein keine wurde haben sein bei zu',
  fr: 'le la les et je ne pas est une des du pour que qui avec mon ma mes nous vous sur dans etre',
  es: 'el los las y que no es por para con mi pero muy esta estoy tengo',
  tr: 've bir bu icin ile cok ama ben benim degil daha sonra yok',
  pl: 'i w nie na jest sie z ze do jak ale moj mnie juz',
};

const WORD_LANGUAGES = buildWordIndex();

function buildWordIndex(): Map<string, Language> {
  const seen = new Map<string, Language | null>();
  for (const [language, words] of Object.entries(FUNCTION_WORDS) as [Language, string][]) {
    for (const word of words.split(' ')) {
      const owner = seen.get(word);
      seen.set(word, owner === undefined || owner === language ? language : null);
    }
  }
  const index = new Map<string, Language>();
  for (const [word, language] of seen) if (language) index.set(word, language);
  return index;
}

export interface LanguageGuess {
  language: Language;
  /** Function words counted for the winning language. */
  evidence: number;
}

/** Letters of the scripts complaints arrive in besides Latin: Greek, Cyrillic, Arabic, Hebrew, Asian. */
function isOtherScriptLetter(code: number): boolean {
  return (
    (code >= 0x370 && code <= 0x52f) ||
    (code >= 0x590 && code <= 0x6ff) ||
    (code >= 0x750 && code <= 0x8ff) ||
    (code >= 0x900 && code <= 0x1fff) ||
    (code >= 0x3040 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

/**
 * The language of a text; Dutch when nothing points elsewhere (a bare "wachtlijst ggz 8 mnd"). `words`:
 * the text's words as `normalizeText(text).split(' ')` gives them, when the caller has them already.
 */
export function detectLanguage(text: string, words?: readonly string[]): LanguageGuess {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code < 0x250)) {
      latin++;
    } else if (isOtherScriptLetter(code)) {
      other++;
    }
  }
  if (other > latin) return { language: 'other', evidence: other };
  const counts = new Map<Language, number>();
  for (const word of words ?? normalizeText(text).split(' ')) {
    const language = WORD_LANGUAGES.get(word);
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const dutch = counts.get('nl') ?? 0;
  let best: LanguageGuess = { language: 'nl', evidence: dutch };
  for (const [language, count] of counts) {
    if (language !== 'nl' && count > best.evidence && count > dutch) best = { language, evidence: count };
  }
  return best;
}
