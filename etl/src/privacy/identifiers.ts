import { elfproef } from './bsn';
import { type PiiSpan, spansOf } from './spans';

/**
 * Identifiers in free text: e-mail addresses, IBANs, Dutch phone numbers and BSNs. Every quantifier is
 * bounded, so a 1 MB field is scanned in linear time.
 */
export const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
// NL IBAN in any case, other countries in upper case (lower-case letter/digit groups are too common).
export const IBAN_NL = /(?<![A-Za-z0-9])[Nn][Ll] ?\d{2} ?[A-Za-z]{4} ?(?:\d ?){9}\d(?![A-Za-z0-9])/g;
export const IBAN_OTHER =
  /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;
export const PHONE_INTL = /(?:\+|(?<!\d)00)31[ \t.-]?(?:\(0\)[ \t.-]?)?[1-9](?:[ \t.-]?\d){8}(?!\d)/g;
// 10 digits: area code 0 + 1..3 digits, an optional separator, then the subscriber number (spaces or
// dots inside). Dates such as 03-04-2024 do not match because a dash may follow the area code only.
const SEP = '(?:[ \\t]?[-/][ \\t]?|[ \\t])?';
export const PHONE_NL = new RegExp(
  `(?<![\\w+])(?:\\(?0[1-9]\\)?${SEP}\\d(?:[ .]?\\d){7}|\\(?0[1-9]\\d\\)?${SEP}\\d(?:[ .]?\\d){6}|` +
    `\\(?0[1-9]\\d{2}\\)?${SEP}\\d(?:[ .]?\\d){5})(?!\\d)`,
  'g',
);
export const BSN_9 = /(?<![\d.])(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\d])/g;
const BSN_8 = /(?<![\d.,])\d{8}(?![\d])/g;
// After the word BSN (or its synonyms) 8 or 9 digits are a BSN even when they fail the elfproef: a
// mistyped BSN is still personal data.
const BSN_NAMED =
  /(?<![\p{L}])(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)(?:-?nummer)?[ \t]*(?:[:.-]|nr\.?|is)?[ \t]*:?[ \t]*\d(?:[ .-]?\d){7,8}(?!\d)/giu;
const LEADING_WORD = /^[^\d]*/;

export function digitsOf(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) out += value[i];
  }
  return out;
}

export function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function identifierSpans(text: string, digits: number): PiiSpan[] {
  const spans = text.includes('@') ? spansOf(text, EMAIL, 'E-MAIL') : [];
  if (digits < 8) return spans;
  spans.push(
    ...spansOf(text, IBAN_NL, 'IBAN'),
    ...spansOf(text, IBAN_OTHER, 'IBAN'),
    ...spansOf(text, PHONE_INTL, 'TELEFOON'),
    ...spansOf(text, PHONE_NL, 'TELEFOON'),
    ...spansOf(text, BSN_9, 'BSN', (m) => elfproef(digitsOf(m[0]))),
    ...spansOf(text, BSN_8, 'BSN', (m) => elfproef(`0${m[0]}`)),
  );
  for (const span of spansOf(text, BSN_NAMED, 'BSN')) {
    // Keep the word "BSN" itself: only the number is personal data.
    const lead = LEADING_WORD.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
    spans.push({ ...span, start: span.start + lead });
  }
  return spans;
}
