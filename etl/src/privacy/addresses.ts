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
// A floor after the number: "12 3-hoog", "12-2e etage".
const FLOOR =
  '(?:[ \\t]*[-,]?[ \\t]*(?:\\d{1,2}[ \\t]?-?[ \\t]?)?(?:hoog|hg|e[ \\t]etage|ste[ \\t]etage|de[ \\t]etage)(?![\\p{L}]))?';
const HOUSE_NUMBER =
  '\\d{1,5}(?:[ \\t]?-[ \\t]?(?:\\d{1,4}|[A-Za-z]{1,3}|I{1,3}V?)(?![\\p{L}\\d])|[ \\t]?(?:hs|huis|bis|bg|zw|rd|[A-Za-z])(?![\\p{L}\\d]))?(?!\\d)' +
  FLOOR;
const POSTCODE_NUMBER = `(?:[ \\t]*,?[ \\t]*(?:nr\\.?[ \\t]?)?${HOUSE_NUMBER})?`;
// Lower-case letters after a space only before a place name ("1234 ab Testdorp"): "2024 en" is no postcode.
// Not a year before a word: "2019 in Utrecht", "2024 op Texel".
const POSTCODE_CORE =
  '(?:[1-9]\\d{3}[ \\t]?[A-Z]{2}|[1-9]\\d{3}[a-z]{2}|[1-9]\\d{3}[ \\t](?!in|op|en|na|om|te|is|ik|al|nu|zo|ja|uit)[a-z]{2}(?=[ \\t,]+\\p{Lu}))(?![\\p{L}])';
export const POSTCODE = new RegExp(`(?<![\\p{L}\\d])${POSTCODE_CORE}${POSTCODE_NUMBER}`, 'gu');
const SUFFIX =
  'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|pad|dreef|steeg|markt|plantsoen|ring|baan|allee|' +
  'erf|veld|wal|dam|haven|burg|poort|kwartier|hoek|weide|brug|kamp|vaart|wetering|zijde|hoven|tuin|tuinen|' +
  'akker|gaarde|horst|eiland|schans|boulevard|promenade|hage|wijk|berg|donk|straatje|laantje|pleintje|oord|' +
  'einde|zijds|voorburgwal|achterburgwal|markt|stede|beemd|wende|diep|gang|kanaal|oever|zoom|sloot|vest|heuvel|' +
  'loop|hout|bos|meer|plas|polder|esch|molen|hoeve|rade|daal|dal|borg|heide|kant|zicht|hove|staete|marke|maat|' +
  'mate|acker|drift|tocht|vliet|laar|veen|wolde|gaard|lei|rijk|vaartje|kolk|rak|zand|hoog|stoep|passage|galerij';
const STRONG_SUFFIX = 'straat|laan|gracht|steeg|dreef|straatje|laantje';
const PARTICLE = "(?:van|de|der|den|het|'t|ter|ten|te|la|le|du|Van|De|Der|Den|Het|Ter|Ten)";
// Up to three words before the street word: capitalised ("Burgemeester", "Jan", "Van") or particles
// inside a name ("Jan van Galenstraat"); the first must be capitalised and not a common sentence opener.
const OPENER =
  '(?:In|Op|Aan|Naar|Bij|Uit|Via|Over|Wonend|Wonende|Woont|Woon|Woonachtig|Adres|Vanaf|Tot|Langs|Voor|Achter|Tegenover|Nabij)';
const ORDINAL = '(?:\\d{1,2}e|Eerste|Tweede|Derde|Vierde)[ \\t]+';
const LEAD = `(?:${ORDINAL})?(?:(?!${OPENER}[ \\t])\\p{Lu}[\\p{L}'.-]{0,30}[ \\t]+(?:(?:${PARTICLE}|\\p{Lu}[\\p{L}'.-]{0,30})[ \\t]+){0,2})?`;
const STREET_TYPE_WORD = '(?:Laan|Plein|Kade|Singel|Gracht|Weg|Dijk|Markt|Dreef|Hof|Haven|Wal|Straat|Steeg)';
// The whole word first, then its ending (a lookbehind): no retrying every suffix at every letter.
const STREET_WORD = `(?:\\p{Lu}[\\p{L}'-]{0,40}(?![\\p{L}'-])(?<=\\p{Ll}(?:${SUFFIX}))|${STREET_TYPE_WORD})`;
const STREET = new RegExp(`(?<![\\p{L}])${LEAD}${STREET_WORD}[ \\t]+(?:nr\\.?[ \\t]?)?${HOUSE_NUMBER}`, 'gu');
const STREET_TYPE =
  '(?:Laan|Plein|Kade|Singel|Gracht|Weg|Dijk|Markt|Dreef|Hof|Park|Erf|Pad|Burgwal|Boulevard|Straat)';
const STREET_FIRST = new RegExp(
  `(?<![\\p{L}])${STREET_TYPE}(?:[ \\t]+${PARTICLE}){0,2}[ \\t]+\\p{Lu}[\\p{L}'-]{1,40}[ \\t]+${HOUSE_NUMBER}`,
  'gu',
);
// Any name before a house number and a postcode is a street ("Rokin 12, 1012 KK").
const BEFORE_POSTCODE = new RegExp(
  `(?<![\\p{L}])(?:${ORDINAL})?\\p{Lu}[\\p{L}'-]{1,40}(?:[ \\t]+(?:${PARTICLE}|\\p{Lu}[\\p{L}'.-]{0,30})){0,3}[ \\t]+${HOUSE_NUMBER}(?=[ \\t]*,?[ \\t]*\\n?[ \\t]*${POSTCODE_CORE})`,
  'gu',
);
const STREET_ONLY = new RegExp(
  `(?<![\\p{L}])${LEAD}\\p{Lu}[\\p{L}'-]{1,40}(?![\\p{L}'-])(?<=\\p{Ll}(?:${STRONG_SUFFIX}))`,
  'gu',
);

// After a word that announces an address, any capitalised name with a house number is a street, whatever
// its ending ("ik woon Zuiderdiep 30-1", "nagestuurd naar Akkerwinde 118", "wonende te Hofplein 3").
const ADDRESS_CUE = `(?:${[
  'woon', 'woont', 'wonen', 'wonende', 'wonend', 'woonde', 'woonachtig', 'verhuisd', 'verhuist', 'verhuizen',
  'nagestuurd', 'gestuurd', 'sturen', 'bezorgd', 'adres', 'postadres', 'woonadres', 'briefadres', 'huisadres',
  'inschrijfadres', 'verblijfadres', 'ingeschreven', 'verblijft', 'logeert',
].flatMap((cue) => [cue, cue[0]!.toUpperCase() + cue.slice(1)]).join('|')})`; // prettier-ignore
const CUED_STREET = new RegExp(
  `(?<=(?<![\\p{L}])${ADDRESS_CUE}:?(?:[ \\t]+(?:naar|aan|op|in|te|de|het|mijn|het|nieuwe|nu|sinds|kort)){0,3}[ \\t]+)\\p{Lu}[\\p{L}'-]{1,40}(?:[ \\t]+(?:${PARTICLE}|\\p{Lu}[\\p{L}'.-]{0,30})){0,2}[ \\t]+(?:nr\\.?[ \\t]?)?${HOUSE_NUMBER}`,
  'gu',
);
const ANY_ADDRESS_CUE = new RegExp(`${ADDRESS_CUE}(?![\\p{L}])`, 'iu');

// Cheap checks first: most texts hold no street word and no postcode, and the full patterns cost more.
const ANY_STREET_WORD = new RegExp(`(?:${SUFFIX}|${STREET_TYPE})(?![\\p{L}])`, 'iu');
const ANY_STRONG_SUFFIX = new RegExp(`(?:${STRONG_SUFFIX})(?![\\p{L}])`, 'u');

export function addressSpans(text: string, digits: number): PiiSpan[] {
  const spans = ANY_STRONG_SUFFIX.test(text) ? spansOf(text, STREET_ONLY, 'ADRES') : [];
  if (digits === 0) return spans;
  if (ANY_ADDRESS_CUE.test(text)) spans.push(...spansOf(text, CUED_STREET, 'ADRES'));
  if (ANY_STREET_WORD.test(text)) {
    spans.push(...spansOf(text, STREET, 'ADRES'), ...spansOf(text, STREET_FIRST, 'ADRES'));
  }
  if (digits >= 4) {
    const postcodes = spansOf(text, POSTCODE, 'ADRES');
    if (postcodes.length > 0) spans.push(...postcodes, ...spansOf(text, BEFORE_POSTCODE, 'ADRES'));
  }
  return spans;
}
