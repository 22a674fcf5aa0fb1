import { type PiiSpan, spansOf } from './spans';

/**
 * Birth dates: a date as Dutch people write it (12-03-1985, 12/3/85, 12.03.1985, 1985-03-12,
 * 12 maart 1985, 12 mrt. 1985) after "geboren", "geb." or "geboortedatum" (within a few words), in
 * parentheses right after a name ("Daan (12-03-2015)"), or a year after "geboren in" / "geboortejaar".
 * Other dates (appointments, letters) stay: they are no personal data on their own.
 */
const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
const DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:e|ste|de)?[ \\t]+${MONTH}[ \\t]+\\d{4})(?![\\p{L}\\d])`,
  'giu',
);
const BIRTH_YEAR = /(?<![\p{L}])(?:geboren[ \t]+in|geboortejaar:?)[ \t]+((?:19|20)\d{2})(?!\d)/giu;
const BIRTH_CONTEXT =
  /(?:(?<![\p{L}])(?:geboren|geboortedatum|geboortedag|geboorte|geb|dob|d\.o\.b)(?![\p{L}])[^.!?\n]{0,30}|[°*][ \t]?)$/iu;
// "geb." ends in a dot, so the context before the date may hold that one dot.
const BIRTH_CONTEXT_ABBREVIATED = /(?<![\p{L}])geb\.(?:[ \t]?datum)?[^.!?\n]{0,30}$/iu;
const NAME_THEN_PARENTHESIS = /^[ \t]*[(,][ \t]*$/;
const WORD_THEN_PARENTHESIS = /\p{Lu}\p{Ll}+[ \t]\($/u;
const LOOK_BACK = 40;

export function birthDateSpans(text: string, digits: number, names: readonly PiiSpan[]): PiiSpan[] {
  if (digits < 4) return [];
  const spans = spansOf(text, DATE, 'GEBOORTEDATUM', (m) => {
    const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    if (BIRTH_CONTEXT.test(before) || BIRTH_CONTEXT_ABBREVIATED.test(before)) return true;
    if (WORD_THEN_PARENTHESIS.test(before) && text[m.index + m[0].length] === ')') return true;
    return names.some(
      (name) =>
        name.end <= m.index &&
        name.end >= m.index - 3 &&
        NAME_THEN_PARENTHESIS.test(text.slice(name.end, m.index)),
    );
  });
  BIRTH_YEAR.lastIndex = 0;
  for (let m = BIRTH_YEAR.exec(text); m; m = BIRTH_YEAR.exec(text)) {
    const year = m[1] ?? '';
    const end = m.index + m[0].length;
    spans.push({ start: end - year.length, end, marker: 'GEBOORTEDATUM' });
  }
  return spans;
}
