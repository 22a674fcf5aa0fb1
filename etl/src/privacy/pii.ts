import { elfproef } from './bsn';

import { addressSpans, POSTCODE } from './addresses';
import { birthDateSpans } from './dates';
import {
  BSN_9,
  countDigits,
  digitsOf,
  EMAIL,
  IBAN_NL,
  IBAN_OTHER,
  identifierSpans,
  PHONE_INTL,
  PHONE_NL,
} from './identifiers';
import { isBareFullName, nameSpans } from './names';
import { applySpans, type PiiSpan } from './spans';

/**
 * Redaction of personal data in free text, and detection of personal data in structured values.
 *
 * Markers: [BSN], [E-MAIL], [TELEFOON], [IBAN], [ADRES], [NAAM], [GEBOORTEDATUM]; one module per job
 * (identifiers.ts, addresses.ts, names.ts, dates.ts). The patterns favour recall over
 * precision (a false positive costs a few words of context; a false negative leaks personal data) and
 * every quantifier is bounded, so a 1 MB field is scanned in linear time.
 */
export type PiiKind = 'BSN' | 'E-MAIL' | 'TELEFOON' | 'IBAN' | 'ADRES';
export type { PiiMarker, PiiSpan } from './spans';

const nonGlobal = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.replace('g', ''));
const EMAIL_TEST = nonGlobal(EMAIL);
const IBAN_NL_TEST = nonGlobal(IBAN_NL);
const IBAN_OTHER_TEST = nonGlobal(IBAN_OTHER);
const PHONE_INTL_TEST = nonGlobal(PHONE_INTL);
const PHONE_NL_TEST = nonGlobal(PHONE_NL);
const POSTCODE_TEST = nonGlobal(POSTCODE);

/** Where the personal data in a text is: identifiers, addresses, names and birth dates. */
export function findPii(text: string): PiiSpan[] {
  const digits = countDigits(text);
  const names = nameSpans(text);
  return [
    ...identifierSpans(text, digits),
    ...addressSpans(text, digits),
    ...names,
    ...birthDateSpans(text, digits, names),
  ];
}

/**
 * Replaces personal data with markers: BSNs (9 digits passing the elfproef, grouped or not, 8 digits
 * whose leading zero was dropped, and any 8 or 9 digits after the word BSN), e-mail addresses, Dutch
 * phone numbers, IBANs, postcodes and streets with house numbers ([ADRES]), names of people ([NAAM],
 * see names.ts) and birth dates ([GEBOORTEDATUM]). A title before a name stays ("mevrouw [NAAM]").
 * Every free-text field a user or a file can fill goes through this function before it is stored,
 * logged or shown.
 */
export function redactText(text: string): string {
  if (text.length === 0) return text;
  return applySpans(text, findPii(text));
}

/** Name rules that need a cue in the text (a title, a greeting, "mijn naam is"…), not a name list or shape. */
const LABEL_NAME_RULES = new Set([
  'title',
  'greeting',
  'sign-off',
  'mijn naam is',
  'ik ben',
  'namens',
  'label',
  'relative',
]);

/**
 * A short label as it may be stored, logged or shown: a column header, or a value of a coded column
 * (category, organisation, date). Labels are title-case phrases ("Unique Key", "Illegal Conversion")
 * that the list, signature-line and shape rules for names take for names, and they must survive the
 * rejected-rows round trip, so here names are only redacted when a cue marks them or when the whole
 * label is a listed first name and a listed surname ("Anouk van Dijk": a citizen's name in the first row
 * of a headerless file); identifiers, addresses and birth dates always are (docs/security.md).
 */
export function redactLabel(label: string): string {
  if (label.length === 0) return label;
  if (isBareFullName(label)) return '[NAAM]';
  const spans = findPii(label).filter(
    (span) => span.marker !== 'NAAM' || LABEL_NAME_RULES.has(span.rule ?? ''),
  );
  return applySpans(label, spans);
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
