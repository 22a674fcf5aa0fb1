import { elfproef } from './bsn';

/**
 * Redaction of personal data in free text, and detection of personal data in structured values.
 *
 * Markers: [BSN], [E-MAIL], [TELEFOON], [IBAN], [ADRES], [NAAM]. The patterns favour recall over
 * precision (a false positive costs a few words of context; a false negative leaks personal data) and
 * every quantifier is bounded, so a 1 MB field is scanned in linear time.
 */
export type PiiKind = 'BSN' | 'E-MAIL' | 'TELEFOON' | 'IBAN' | 'ADRES';

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
// NL IBAN in any case, other countries in upper case (lower-case letter/digit groups are too common).
const IBAN_NL = /(?<![A-Za-z0-9])[Nn][Ll] ?\d{2} ?[A-Za-z]{4} ?(?:\d ?){9}\d(?![A-Za-z0-9])/g;
const IBAN_OTHER = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;
const PHONE_INTL = /(?:\+|(?<!\d)00)31[ \t.-]?(?:\(0\)[ \t.-]?)?[1-9](?:[ \t.-]?\d){8}(?!\d)/g;
// 10 digits: area code 0 + 1..3 digits, an optional separator, then the subscriber number (spaces or
// dots inside). Dates such as 03-04-2024 do not match because a dash may follow the area code only.
const SEP = '(?:[ \\t]?[-/][ \\t]?|[ \\t])?';
const PHONE_NL = new RegExp(
  `(?<![\\w+])(?:\\(?0[1-9]\\)?${SEP}\\d(?:[ .]?\\d){7}|\\(?0[1-9]\\d\\)?${SEP}\\d(?:[ .]?\\d){6}|` +
    `\\(?0[1-9]\\d{2}\\)?${SEP}\\d(?:[ .]?\\d){5})(?!\\d)`,
  'g',
);
const BSN_9 = /(?<![\d.])(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\d])/g;
const BSN_8 = /(?<![\d.,])\d{8}(?![\d])/g;
const HOUSE_NUMBER =
  '(?:[ \\t]*,?[ \\t]*(?:nr\\.?[ \\t]?)?\\d{1,5}(?:[ \\t-]?[A-Za-z](?![A-Za-z]))?(?![\\d]))?';
const POSTCODE = new RegExp(
  `(?<![\\dA-Za-z])(?:[1-9]\\d{3}[ \\t]?[A-Z]{2}|[1-9]\\d{3}[a-z]{2})(?![A-Za-z])${HOUSE_NUMBER}`,
  'g',
);
const STREET = new RegExp(
  "(?<![A-Za-z])[A-Z][a-zà-ÿ'-]{0,40}(?:straat|weg|laan|plein|singel|gracht|kade|dijk|hof|park|pad|dreef|steeg|" +
    'markt|plantsoen|ring|baan|allee|erf|veld|wal|dam|haven|burg|poort|kwartier|hoek|weide)[ \\t]+\\d{1,5}' +
    '(?:[ \\t-]?[A-Za-z](?![A-Za-z]))?(?!\\d)',
  'g',
);
const NAME = new RegExp(
  '(?<![A-Za-z])(?:[Mm]evrouw|[Mm]evr\\.|[Mm]w\\.|[Mm]eneer|[Mm]ijnheer|[Dd]hr\\.|[Dd]e heer)[ \\t]+' +
    "(?:[A-Z]\\.[ \\t]?){0,4}(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|[Ii]n 't|'t)[ \\t]+){0,3}[A-Z][a-zà-ÿ'-]{1,40}" +
    "(?:-[A-Z][a-zà-ÿ'-]{1,40})?",
  'g',
);
const NAME_TITLE = /([Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Mm]eneer|[Mm]ijnheer|[Dd]hr\.|[Dd]e heer)/;

const nonGlobal = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.replace('g', ''));
const EMAIL_TEST = nonGlobal(EMAIL);
const IBAN_NL_TEST = nonGlobal(IBAN_NL);
const IBAN_OTHER_TEST = nonGlobal(IBAN_OTHER);
const PHONE_INTL_TEST = nonGlobal(PHONE_INTL);
const PHONE_NL_TEST = nonGlobal(PHONE_NL);
const POSTCODE_TEST = nonGlobal(POSTCODE);

function digitsOf(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) out += value[i];
  }
  return out;
}

function countDigits(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Replaces BSNs (9 digits passing the elfproef, plain or grouped as 123.456.789 / 1234 56 789, and 8
 * digits that pass once the dropped leading zero is restored), e-mail addresses, Dutch phone numbers
 * (06/0xx and +31/0031), IBANs, postcodes with or without house number, street + house number, and
 * names after a title (mevrouw/meneer/dhr./mw./de heer) with markers.
 */
export function redactText(text: string): string {
  if (text.length === 0) return text;
  const hasAt = text.includes('@');
  const digits = countDigits(text);
  let out = text;
  if (hasAt) out = out.replace(EMAIL, '[E-MAIL]');
  if (digits >= 4) {
    out = out.replace(IBAN_NL, '[IBAN]').replace(IBAN_OTHER, '[IBAN]');
    out = out.replace(PHONE_INTL, '[TELEFOON]').replace(PHONE_NL, '[TELEFOON]');
    out = out.replace(BSN_9, (match) => (elfproef(digitsOf(match)) ? '[BSN]' : match));
    out = out.replace(BSN_8, (match) => (elfproef(`0${match}`) ? '[BSN]' : match));
    out = out.replace(POSTCODE, '[ADRES]').replace(STREET, '[ADRES]');
  }
  if (NAME_TITLE.test(out)) out = out.replace(NAME, (match) => `${NAME_TITLE.exec(match)?.[1] ?? ''} [NAAM]`);
  return out;
}

/**
 * The kind of personal data in a structured value (an id, a code, a date that did not parse), or null.
 * Only 9-digit BSNs count here (see bsn.ts); names are not detected in structured values.
 */
export function detectPii(value: string): PiiKind | null {
  const hasAt = value.includes('@');
  if (!hasAt && value.length < 5) return null;
  const digits = countDigits(value);
  if (hasAt && EMAIL_TEST.test(value)) return 'E-MAIL';
  if (digits < 5) return null;
  if (digits >= 9) {
    BSN_9.lastIndex = 0;
    for (let m = BSN_9.exec(value); m; m = BSN_9.exec(value)) {
      if (elfproef(digitsOf(m[0]))) return 'BSN';
    }
  }
  if (digits >= 10 && (IBAN_NL_TEST.test(value) || IBAN_OTHER_TEST.test(value))) return 'IBAN';
  if (digits >= 9 && (PHONE_INTL_TEST.test(value) || PHONE_NL_TEST.test(value))) return 'TELEFOON';
  if (POSTCODE_TEST.test(value)) return 'ADRES';
  return null;
}

const PII_LABEL: Record<PiiKind, string> = {
  BSN: 'een BSN',
  'E-MAIL': 'een e-mailadres',
  TELEFOON: 'een telefoonnummer',
  IBAN: 'een IBAN (rekeningnummer)',
  ADRES: 'een adres (postcode/huisnummer)',
};

export function describePii(kind: PiiKind): string {
  return PII_LABEL[kind];
}
