import { type PiiSpan, spansOf } from './spans';

/**
 * Addresses in free text: postcodes (with a house number when one follows) and street + house number,
 * however many digits the rest of the text has.
 *
 * A street is a word ending in a street suffix ("Dorpsstraat", "Burgemeester de Withstraat",
 * "Van Ostadestraat") or a street word followed by its name ("Laan van Meerdervoort"), then a house
 * number with its addition (12a, 12 A, 25-2, 12-III, 12 hs, 12 bis). A word with one of the
 * unmistakable suffixes (straat, laan, gracht, steeg, dreef) is removed without a number too.
 */
const HOUSE_NUMBER =
  '\\d{1,5}(?:[ \\t]?-[ \\t]?(?:\\d{1,4}|[A-Za-z]{1,3}|I{1,3}V?)(?![\\p{L}\\d])|[ \\t]?(?:hs|huis|bis|bg|zw|rd|[A-Za-z])(?![\\p{L}\\d]))?(?!\\d)';
const POSTCODE_NUMBER = `(?:[ \\t]*,?[ \\t]*(?:nr\\.?[ \\t]?)?${HOUSE_NUMBER})?`;
export const POSTCODE = new RegExp(
  `(?<![\\p{L}\\d])(?:[1-9]\\d{3}[ \\t]?[A-Z]{2}|[1-9]\\d{3}[a-z]{2})(?![\\p{L}])${POSTCODE_NUMBER}`,
  'gu',
);
const SUFFIX =
  'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|pad|dreef|steeg|markt|plantsoen|ring|baan|allee|' +
  'erf|veld|wal|dam|haven|burg|poort|kwartier|hoek|weide|brug|kamp|vaart|wetering|zijde|hoven|tuin|tuinen|' +
  'akker|gaarde|horst|eiland|schans|boulevard|promenade|hage|wijk|berg|donk|straatje|laantje|pleintje|oord';
const STRONG_SUFFIX = 'straat|laan|gracht|steeg|dreef|straatje|laantje';
const PARTICLE = "(?:van|de|der|den|het|'t|ter|ten|te|la|le|du|op|in|aan|over|Van|De|Der|Den|Het|Ter|Ten)";
// Up to three words before the street word: capitalised ("Burgemeester", "Jan", "Van") or particles
// inside a name ("Jan van Galenstraat"); the first must be capitalised and not a common sentence opener.
const OPENER =
  '(?:In|Op|Aan|Naar|Bij|Uit|Via|Over|Wonend|Woont|Adres|Vanaf|Tot|Langs|Voor|Achter|Tegenover|Nabij)';
const LEAD = `(?:(?!${OPENER}[ \\t])\\p{Lu}[\\p{L}'.-]{0,30}[ \\t]+(?:(?:${PARTICLE}|\\p{Lu}[\\p{L}'.-]{0,30})[ \\t]+){0,2})?`;
const STREET_WORD = `\\p{Lu}[\\p{L}'-]{0,40}(?:${SUFFIX})`;
const STREET = new RegExp(`(?<![\\p{L}])${LEAD}${STREET_WORD}[ \\t]+(?:nr\\.?[ \\t]?)?${HOUSE_NUMBER}`, 'gu');
const STREET_TYPE =
  '(?:Laan|Plein|Kade|Singel|Gracht|Weg|Dijk|Markt|Dreef|Hof|Park|Erf|Pad|Burgwal|Boulevard|Straat)';
const STREET_FIRST = new RegExp(
  `(?<![\\p{L}])${STREET_TYPE}(?:[ \\t]+${PARTICLE}){0,2}[ \\t]+\\p{Lu}[\\p{L}'-]{1,40}[ \\t]+${HOUSE_NUMBER}`,
  'gu',
);
const STREET_ONLY = new RegExp(
  `(?<![\\p{L}])${LEAD}\\p{Lu}[\\p{L}'-]{1,40}(?:${STRONG_SUFFIX})(?![\\p{L}])`,
  'gu',
);

export function addressSpans(text: string, digits: number): PiiSpan[] {
  const spans = spansOf(text, STREET_ONLY, 'ADRES');
  if (digits === 0) return spans;
  spans.push(...spansOf(text, STREET, 'ADRES'), ...spansOf(text, STREET_FIRST, 'ADRES'));
  if (digits >= 4) spans.push(...spansOf(text, POSTCODE, 'ADRES'));
  return spans;
}
