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
// A floor after the number: "12 3-hoog", "12 III hoog", "12-2e etage".
const FLOOR =
  '(?:[ \\t]*[-,]?[ \\t]*(?:(?:\\d{1,2}|I{1,3}|IV)[ \\t]?-?[ \\t]?)?(?:hoog|hg|e[ \\t]etage|ste[ \\t]etage|de[ \\t]etage)(?![\\p{L}]))?';
// Additions after the number, with or without a dash: a letter ("12a", "12 A"), a floor in Roman
// numerals ("12-III", "12 III"), a word for the part of the house ("12 hs", "140-huis", "44 boven")
// or a unit code ("212-B02", "5 K3", "143 F-12").
const ADDITION_WORD = 'hs|huis|bis|bg|zw|rd|boven|beneden|bov|ben|achter|voor|sous';
// A number followed by a unit is an amount, a duration or a count, not a house number ("3 jaar", "12 %").
const NOT_A_UNIT =
  '(?![ \\t]*(?:%|€|euro|uur|jaar|jaren|keer|maal|min|minuten|dagen|dag|weken|week|maanden|maand|kilo|km|meter|procent|personen|mensen|kinderen|stuks|pagina|x(?![\\p{L}])))';
const HOUSE_NUMBER =
  '\\d{1,5}(?:[ \\t]?-[ \\t]?(?:\\d{1,4}|[A-Za-z]{1,2}-?\\d{1,3}|' +
  ADDITION_WORD +
  '|[A-Za-z]{1,3}|I{1,3}V?)(?![\\p{L}\\d])|[ \\t]?(?:[A-Z]{1,2}-?\\d{1,3}|I{1,3}|IV|' +
  ADDITION_WORD +
  '|[A-Za-z])(?![\\p{L}\\d]))?(?!\\d)' +
  FLOOR;
// "nr 12", "no. 7", "huisnummer 7" before the number.
const NUMBER_WORD = '(?:(?:nr|no|nummer|huisnummer)\\.?[ \\t]?)?';
const POSTCODE_NUMBER = `(?:[ \\t]*,?[ \\t]*(?:nr\\.?[ \\t]?)?${HOUSE_NUMBER})?`;
// Lower-case letters after a space only before a place name ("1234 ab Testdorp"): "2024 en" is no postcode.
// Not a year before a word: "2019 in Utrecht", "2024 op Texel".
const POSTCODE_CORE =
  '(?:[1-9]\\d{3}[ \\t]?[A-Z]{2}|[1-9]\\d{3}[a-z]{2}|[1-9]\\d{3}[ \\t](?!in|op|en|na|om|te|is|ik|al|nu|zo|ja|uit)[a-z]{2}(?=[ \\t,]+\\p{Lu}|\\)))(?![\\p{L}])';
export const POSTCODE = new RegExp(`(?<![\\p{L}\\d])${POSTCODE_CORE}${POSTCODE_NUMBER}`, 'gu');
const SUFFIX =
  'straat|laan|weg|plein|singel|gracht|kade|dijk|hof|park|pad|dreef|steeg|markt|plantsoen|ring|baan|allee|' +
  'erf|veld|wal|dam|haven|burg|poort|kwartier|hoek|weide|brug|kamp|vaart|wetering|zijde|hoven|tuin|tuinen|' +
  'akker|gaarde|horst|eiland|schans|boulevard|promenade|hage|wijk|berg|donk|straatje|laantje|pleintje|oord|' +
  'einde|zijds|voorburgwal|achterburgwal|markt|stede|beemd|wende|diep|gang|kanaal|oever|zoom|sloot|vest|heuvel|' +
  'loop|hout|bos|meer|plas|polder|esch|molen|hoeve|rade|daal|dal|borg|heide|kant|zicht|hove|staete|marke|maat|' +
  'mate|acker|drift|tocht|vliet|laar|veen|wolde|gaard|lei|rijk|vaartje|kolk|rak|zand|hoog|stoep|passage|galerij|' +
  // Frisian (strjitte, leane, wei, dyk, paad, buorren) and the abbreviations str. and ln.
  'strjitte|leane|wei|dyk|paad|buorren|str|ln';
// Endings that make a lower-case word a street when a house number follows ("kerkstraat 4", "marktstr 14"):
// fewer than SUFFIX, since lower-case words ending in "ring" or "oord" are ordinary words.
const LOWER_SUFFIX =
  'straat|str|laan|ln|weg|plein|singel|gracht|kade|dijk|hof|dreef|steeg|pad|markt|plantsoen|straatje|laantje|' +
  'strjitte|leane|dyk|paad|wal|haven|park';
// Titles that open a street name, also written lower-case and abbreviated ("burg. jansenstraat 5").
const TITLE =
  '(?:burg|burgemeester|pr|prins|prinses|koningin|kon|dr|mr|prof|st|sint|jhr|gen|generaal|ds|past)\\.?[ \\t]+';
const STRONG_SUFFIX = 'straat|laan|gracht|steeg|dreef|straatje|laantje';
const PARTICLE = "(?:van|de|der|den|het|'t|ter|ten|te|la|le|du|Van|De|Der|Den|Het|Ter|Ten)";
// Up to three words before the street word: capitalised ("Burgemeester", "Jan", "Van") or particles
// inside a name ("Jan van Galenstraat"); the first must be capitalised and not a common sentence opener.
const OPENER =
  '(?:In|Op|Aan|Naar|Bij|Uit|Via|Over|Wonend|Wonende|Woont|Woon|Woonachtig|Adres|Vanaf|Tot|Langs|Voor|Achter|Tegenover|Nabij|\\p{Lu}\\p{Ll}*adres)';
const ORDINAL = '(?:\\d{1,2}e|Eerste|Tweede|Derde|Vierde)[ \\t]+';
const LEAD = `(?:${ORDINAL})?(?:(?!${OPENER}[ \\t])\\p{Lu}[\\p{L}'.-]{0,30}[ \\t]+(?:(?:${PARTICLE}|\\p{Lu}[\\p{L}'.-]{0,30})[ \\t]+){0,3})?`;
const STREET_TYPE_WORD = '(?:Laan|Plein|Kade|Singel|Gracht|Weg|Dijk|Markt|Dreef|Hof|Haven|Wal|Straat|Steeg)';
// The whole word first, then its ending (a lookbehind): no retrying every suffix at every letter.
// A number inside the name, told from the house number by "nr" ("Plein 1944 nr 12").
const NUMBER_IN_NAME = '(?:[ \\t]+\\d{1,4}(?=[ \\t]+(?:nr|no)\\.?[ \\t]?\\d))?';
// "Kerkstr. 31", "Ringbaan-Oost 144".
const STREET_END = '\\.?(?:-(?:Oost|West|Noord|Zuid))?';
const STREET_WORD = `(?:\\p{Lu}[\\p{L}'-]{0,40}(?![\\p{L}'])(?<=\\p{Ll}(?:${SUFFIX}))${STREET_END}|${STREET_TYPE_WORD})`;
const STREET = new RegExp(
  `(?<![\\p{L}])${LEAD}${STREET_WORD}${NUMBER_IN_NAME}[ \\t]+${NUMBER_WORD}${HOUSE_NUMBER}${NOT_A_UNIT}`,
  'gu',
);
// Lower-case, as in text messages: "ik woon op kerkstraat 4", "burg. roelenweg 3".
const LOWER_STREET_WORD = `\\p{Ll}[\\p{Ll}'-]{0,40}(?![\\p{L}'-])(?<=\\p{Ll}(?:${LOWER_SUFFIX}))\\.?`;
const LOWER_STREET = new RegExp(
  `(?<![\\p{L}.])(?:${TITLE}(?:(?:van|de|der|den|ter|ten)[ \\t]+){0,2})?${LOWER_STREET_WORD}[ \\t]+${NUMBER_WORD}${HOUSE_NUMBER}${NOT_A_UNIT}`,
  'gu',
);
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
  'inschrijfadres', 'verblijfadres', 'ingeschreven', 'verblijft', 'logeert', 'ligplaats', 'live', 'verhuizing',
].flatMap((cue) => [cue, cue[0]!.toUpperCase() + cue.slice(1)]).join('|')})`; // prettier-ignore
// Nouns that a number follows in ordinary text ("naar Groep 7", "op Pagina 3", "van Artikel 12"): not streets.
const NOT_A_STREET =
  '(?:Artikel|Art|Lid|Pagina|Blz|Bladzijde|Bijlage|Groep|Klas|Lijn|Bus|Week|Versie|Kamer|Zaal|Team|Fase|Stap|Vraag|' +
  'Punt|Hoofdstuk|Paragraaf|Deel|Ronde|Route|Dag|Jaar|Niveau|Blok|Module|Sectie|Periode|Kwartaal|Windows|Iphone|' +
  'Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December|' +
  'Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Ik|Wij|We|Hij|Zij|Ze|U|Het|De|Een|Er|' +
  // Teams, desks and rooms by their ending ("Wijkteam Noord 2", "Spreekkamer 3").
  '\\p{Lu}\\p{Ll}*(?:team|groep|kamer|zaal|loket|balie|lijn))(?![\\p{L}])';
// A street name that opens with a place word and an article ("Achter de Hoven", "Op de Bies", "Aan de Maas",
// "Achter St. Pieter"), or with an article alone ("Het Kwadrant", "De Kolk").
const NAME_OPENING =
  "(?:(?:Achter|Over|Op|Aan|Bij|Voor|Onder|Boven|Buiten|Binnen|Tussen|Naast|Langs|Om|In)[ \\t]+(?:de|den|der|het|'t|St\\.|Sint)[ \\t]+|(?:De|Het|'t)[ \\t]+)";
const NAMED_STREET = `(?!${NOT_A_STREET})\\p{Lu}[\\p{L}'-]{1,40}(?:[ \\t]+(?:${PARTICLE}|\\p{Lu}[\\p{L}'.-]{0,30})){0,2}`;
const CUED_STREET = new RegExp(
  `(?<=(?<![\\p{L}])${ADDRESS_CUE}:?(?:[ \\t]+(?:naar|aan|op|in|te|de|het|mijn|het|nieuwe|nu|sinds|kort|is|bij)){0,3}[ \\t]+)${NAME_OPENING}?${NAMED_STREET}[ \\t]+${NUMBER_WORD}${HOUSE_NUMBER}${NOT_A_UNIT}`,
  'gu',
);
// After a cue a lower-case name is a street too when an article opens it ("verhuisd naar de kolk 12",
// "naar op de kamp 4") or a street word ends it ("adres is jan steenstraat 8"): a bare lower-case word
// after "woon" is more often "ik woon hier 3 jaar".
const CUE_FILLER = '(?:naar|aan|op|in|te|mijn|nu|sinds|is|bij)';
const CUED_LOWER_STREET = new RegExp(
  `(?<=(?<![\\p{L}])${ADDRESS_CUE}:?(?:[ \\t]+${CUE_FILLER}){0,2}[ \\t]+)(?:(?:(?:op|aan|achter|over|bij|in)[ \\t]+)?(?:de|het|'t)[ \\t]+\\p{Ll}[\\p{Ll}'-]{1,40}|(?!${CUE_FILLER}[ \\t])\\p{Ll}[\\p{Ll}'-]{1,30}[ \\t]+(?:(?:van|de|der)[ \\t]+)?${LOWER_STREET_WORD})[ \\t]+${NUMBER_WORD}${HOUSE_NUMBER}${NOT_A_UNIT}`,
  'gu',
);
// After a preposition of place a capitalised name with a house number is a street, whatever its ending
// ("op Vaartsche Rijn 66", "naar Zeedijk 90 III", "van Hegebuorren 5"); so is a name that opens with a
// place word and an article, anywhere ("(Op de Bies 7, Amsterdam)", "op Achter de Kerk 2", "op De Kolk 12").
// One pattern for both, so that the text is scanned once.
const PLACE_PREPOSITION = '(?:op|aan|naar|bij|van|voor|Op|Aan|Naar|Bij|Voor)';
const UNENDED_STREET = new RegExp(
  `(?:(?<=(?<![\\p{L}])${PLACE_PREPOSITION}[ \\t]+)(?=\\p{Lu})|(?<![\\p{L}])${NAME_OPENING})${NAMED_STREET}[ \\t]+${NUMBER_WORD}${HOUSE_NUMBER}${NOT_A_UNIT}`,
  'gu',
);
const ANY_ADDRESS_CUE = new RegExp(`${ADDRESS_CUE}(?![\\p{L}])`, 'iu');

// Cheap checks first: most texts hold no street word and no postcode, and the full patterns cost more.
const ANY_STREET_WORD = new RegExp(`(?:${SUFFIX}|${STREET_TYPE})(?![\\p{L}])`, 'iu');
// Both rules for streets without a street ending need a capitalised word right before the number.
const CAPITAL_BEFORE_NUMBER = new RegExp(`\\p{Lu}[\\p{L}'.-]*[ \\t]+${NUMBER_WORD}\\d`, 'u');
const ANY_STRONG_SUFFIX = new RegExp(`(?:${STRONG_SUFFIX})(?![\\p{L}])`, 'u');

export function addressSpans(text: string, digits: number): PiiSpan[] {
  const spans = ANY_STRONG_SUFFIX.test(text) ? spansOf(text, STREET_ONLY, 'ADRES') : [];
  if (digits === 0) return spans;
  if (ANY_ADDRESS_CUE.test(text)) {
    spans.push(...spansOf(text, CUED_STREET, 'ADRES'), ...spansOf(text, CUED_LOWER_STREET, 'ADRES'));
  }
  if (ANY_STREET_WORD.test(text)) {
    spans.push(
      ...spansOf(text, STREET, 'ADRES'),
      ...spansOf(text, STREET_FIRST, 'ADRES'),
      ...spansOf(text, LOWER_STREET, 'ADRES'),
    );
  }
  if (CAPITAL_BEFORE_NUMBER.test(text)) {
    spans.push(...spansOf(text, UNENDED_STREET, 'ADRES'));
  }
  if (digits >= 4) {
    const postcodes = spansOf(text, POSTCODE, 'ADRES');
    if (postcodes.length > 0) spans.push(...postcodes, ...spansOf(text, BEFORE_POSTCODE, 'ADRES'));
  }
  return spans;
}
