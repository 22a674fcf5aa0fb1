import { AMBIGUOUS_FIRST_NAMES, AMBIGUOUS_SURNAMES, FIRST_NAMES, SURNAMES } from './names/lexicon.data';
import type { PiiSpan } from './spans';

/**
 * Names of people in Dutch free text, found by the conventions of letters and notes plus name lists.
 *
 * Cues after which the next name is taken whatever it is (capitalised words, initials, particles such
 * as "van der" or "Aït", hyphenated parts): titles with or without a dot (mevrouw, mw, dhr, de heer,
 * mr.), greetings (Geachte, Beste, Hoi), sign-offs (Met vriendelijke groet, Groet, Gr, Mvg), "mijn naam
 * is", "ik ben", labels such as "Cliënt:" or "Van:", and relatives (mijn zoon, haar moeder). After a
 * sign-off, greeting, relative or "mijn naam is" a lower-case first name from the lists counts too
 * (text messages). Without a cue a capitalised first name or surname from the lists is a name, and
 * so is what follows it; a list name that is also a Dutch word ("Roos", "Bos") only when capitalised
 * inside a sentence or followed by another name part. Every part of a name found once is removed
 * wherever else it occurs in the same text.
 */
const toSet = (names: string): Set<string> => new Set(names.split(' '));
const FIRST = toSet(FIRST_NAMES);
const FIRST_AMBIGUOUS = toSet(AMBIGUOUS_FIRST_NAMES);
const SURNAME = toSet(SURNAMES);
const SURNAME_AMBIGUOUS = toSet(AMBIGUOUS_SURNAMES);

const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', "'t", '’t', 'la', 'le', 'du', 'da', 'di',
  'del', 'della', 'dos', 'das', 'do', 'el', 'al', 'ben', 'bin', 'ibn', 'abu', 'ait', 'aït', 'von', 'zu', 'mc',
]); // prettier-ignore
const TITLES = new Set([
  'mevrouw', 'mevr', 'mw', 'mvr', 'meneer', 'mijnheer', 'mnr', 'dhr', 'heer', 'mr', 'dr', 'drs', 'ir', 'ing',
  'prof', 'fam', 'familie', 'juffrouw', 'mej', 'mevrouwe',
]); // prettier-ignore
const GREETINGS = new Set([
  'geachte',
  'beste',
  'hoi',
  'hallo',
  'hai',
  'hey',
  'lieve',
  'dag',
  'goedemorgen',
  'goedemiddag',
]);
const SIGN_OFFS = new Set([
  'groet',
  'groeten',
  'groetjes',
  'gr',
  'grt',
  'grtn',
  'mvg',
  'vg',
  'liefs',
  'gegroet',
  'doei',
]);
const RELATIVES = new Set([
  'zoon', 'zoontje', 'dochter', 'dochtertje', 'kind', 'kindje', 'kinderen', 'moeder', 'vader', 'man', 'vrouw',
  'partner', 'vriend', 'vriendin', 'broer', 'broertje', 'zus', 'zusje', 'oma', 'opa', 'tante', 'oom', 'neef',
  'nicht', 'schoonmoeder', 'schoonvader', 'schoonzoon', 'schoondochter', 'stiefzoon', 'stiefdochter', 'stiefvader',
  'stiefmoeder', 'pleegzoon', 'pleegdochter', 'pleegkind', 'buurman', 'buurvrouw', 'ex', 'echtgenoot',
  'echtgenote', 'mantelzorger', 'kleinzoon', 'kleindochter', 'jongste', 'oudste', 'mama', 'papa', 'mam', 'pap',
  'baby', 'tweeling', 'begeleider', 'begeleidster', 'casemanager', 'consulent', 'consulente', 'collega',
  'klantmanager', 'wijkcoach', 'contactpersoon', 'behandelaar', 'cliënt', 'client', 'bewindvoerder',
  'zonen', 'dochters', 'broers', 'zussen', 'kleinkind', 'kleinkinderen', 'stiefkind', 'neefje', 'nichtje',
  'schoonzus', 'zwager', 'schoonbroer', 'halfbroer', 'halfzus', 'vriendje', 'vriendinnetje', 'buurjongen',
  'buurmeisje', 'pleegmoeder', 'pleegvader', 'gastouder', 'kindje', 'ouders', 'meisje', 'jongen', 'dochterje',
  'huisgenoot', 'huisgenote', 'verzorger', 'voogd', 'mentor', 'zorgverlener', 'hulpverlener', 'jeugdconsulent',
]); // prettier-ignore
const LABELS = new Set([
  'naam', 'cliënt', 'client', 'klant', 'melder', 'bezwaarmaker', 'verzoeker', 'verzoekster', 'betrokkene',
  'contactpersoon', 'behandelaar', 'klachtbehandelaar', 'casemanager', 'consulent', 'gemachtigde', 'ouder',
  'moeder', 'vader', 'kind', 'kinderen', 'partner', 'aanvrager', 'belanghebbende', 'indiener', 'klager',
  'klaagster', 'van', 'aan', 'cc', 'door', 'medewerker', 'wijkcoach', 'namens', 'hoorder', 'voorzitter',
  'secretaris', 'lid', 'leden', 'aanwezig', 'bewindvoerder', 'mentor', 'zoon', 'dochter', 'afzender',
  'ondertekening', 'ondergetekende', 'getuige', 'tolk', 'advocaat', 'jeugdconsulent', 'klantmanager',
]); // prettier-ignore
/** Capitalised words that end a name even after a cue. */
const NOT_NAMES = new Set([
  'ik', 'wij', 'we', 'zij', 'ze', 'hij', 'u', 'jij', 'je', 'het', 'dit', 'dat', 'deze', 'die', 'er', 'en', 'of',
  'maar', 'want', 'dus', 'toen', 'als', 'met', 'bij', 'naar', 'voor', 'na', 'om', 'is', 'was', 'heeft', 'had',
  'gemeente', 'team', 'wijkteam', 'afdeling', 'namens', 'college', 'burgemeester', 'wethouder', 'stichting',
  'uw', 'mijn', 'onze', 'hun', 'haar', 'zijn', 'graag', 'sorry', 'excuses', 'dank', 'bedankt', 'alvast',
  'vriendelijke', 'hartelijke', 'groet', 'groeten', 'klacht', 'zaak', 'dossier', 'aanvraag', 'bezwaar',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'vandaag', 'gisteren',
  'morgen', 'juridisch', 'senior', 'medewerker', 'mevrouw', 'meneer', 'heer', 'ouders', 'kinderen',
  'noord', 'zuid', 'oost', 'west', 'midden', 'centrum', 'sint', 'opvang', 'oekraïne', 'turkije', 'marokko',
  'syrië', 'polen', 'suriname', 'nederland', 'eritrea', 'somalië', 'afghanistan', 'kunt', 'kan', 'wil', 'mag', 'moet', 'zal',
  'wmo', 'wlz', 'ggz', 'cjg', 'iedereen', 'niemand', 'iemand', 'wie', 'wat', 'hem', 'hen', 'ons', 'jullie', 'mensen',
  'hier', 'daar', 'nu', 'ook', 'nog', 'niet', 'geen', 'wel', 'al', 'ok', 'oke', 'oké', 'ja', 'nee', 'tot', 'zo',
  'in', 'op', 'aan', 'over', 'uit', 'door', 'sinds', 'vanaf', 'zonder', 'tegen', 'onder', 'tussen', 'tijdens',
]); // prettier-ignore
/**
 * Roles and jobs after which a capitalised name follows ("medewerker Jansen", "juf Anke", "leerling Sem
 * Bakker", "bezwaarmaakster De Wit"); compounds by their ending ("locatiemanager", "groepsleider").
 * Unlike relatives, only a capitalised word counts here.
 */
const ROLES = new Set([
  'medewerker', 'medewerkster', 'leerling', 'jeugdige', 'juf', 'meester', 'klager', 'klaagster', 'bezwaarmaker',
  'bezwaarmaakster', 'beller', 'melder', 'hulp', 'gezin', 'tbv', 'tav', 'attn', 'arts', 'huisarts',
  'zuster', 'broeder', 'dokter', 'docent', 'leraar', 'lerares', 'chauffeur', 'jurist', 'ambtenaar', 'tolk',
  'voorzitter', 'secretaris', 'cliënt', 'client', 'klant', 'aanvrager', 'aanvraagster', 'verzoeker', 'verzoekster',
  'consulent', 'consulente', 'behandelaar', 'bewindvoerder', 'gemachtigde', 'voogd', 'mentor', 'advocaat',
  'getuige', 'hoorder', 'betrokkene', 'belanghebbende', 'indiener', 'afzender', 'ondergetekende',
]); // prettier-ignore
const ROLE_ENDING =
  /(?:medewerker|medewerkster|manager|leider|leidster|coördinator|coordinator|verpleegkundige|begeleider|begeleidster|persoon|behandelaar|behandelaarster|regisseur|coach|adviseur|consulent|consulente|verlener|werker|werkster|bemiddelaar|therapeut|psycholoog|leerkracht|directeur|directrice|hulp|klager|klaagster|maker|maakster|beller)$/u;
const roleEnding = new Map<string, boolean>();
/** Is this lower-case word a role or job ("medewerker", "locatiemanager")? Remembered like endsLikeOrganisation. */
function isRole(lower: string): boolean {
  let known = roleEnding.get(lower);
  if (known === undefined) {
    known = ROLES.has(lower) || RELATIVES.has(lower) || ROLE_ENDING.test(lower);
    if (roleEnding.size >= 50_000) roleEnding.clear();
    roleEnding.set(lower, known);
  }
  return known;
}
/** Words in parentheses after a name that say who the person is: "Jing (moeder)", "Marloes (ggz)". */
const ROLE_IN_PARENTHESES = new Set([
  'ggz', 'jeugd', 'wmo', 'werk', 'inkomen', 'schuldhulp', 'wonen', 'school', 'zorg', 'onderwijs', 'ex-partner',
  'ex', 'jeugdzorg', 'wijkteam', 'jeugdteam', 'gemeente', 'aanbieder', 'zorgaanbieder', 'school', 'opvang',
]); // prettier-ignore
/** Finite verbs after a subject: a capitalised word inside a sentence before one of these is a person ("…, Tarek is ziek"). */
const SUBJECT_VERBS = new Set([
  'is', 'was', 'heeft', 'had', 'kan', 'kon', 'wil', 'wilde', 'moet', 'moest', 'gaat', 'ging', 'zegt', 'zei', 'komt',
  'kwam', 'belt', 'belde', 'krijgt', 'kreeg', 'woont', 'woonde', 'zit', 'zat', 'werkt', 'gebruikt', 'geeft', 'gaf',
  'luistert', 'weet', 'wist', 'vindt', 'vond', 'mag', 'mocht', 'zal', 'zou', 'blijft', 'bleef', 'heet',
]); // prettier-ignore
/** Capitalised words that name laws, services and organisations, not people ("Participatiewet", "Buurtteam"). */
const NOT_NAME_ENDING =
  /(?:wet|dienst|zaken|loket|team|centrum|(?:zieken|buurt|gemeente|stad|wijk|verpleeg|club|jongeren|opvang|zorg|dorps|gezondheids|inloop|kinder|vrouwen|blijf|rust|bejaarden|gast|jeugd|speel|waren|koffie|gemeenschaps|moeder|vader|familie|hospice)huis|instituut|bank|fonds|raad|commissie|afdeling|gemeente|stichting|groep|zorg|hulp|werk|wonen|school|kliniek|punt|lieden|bureau|plein)$/u;
const isListed = (lower: string): boolean => FIRST.has(lower) || SURNAME.has(lower);
const organisationEnding = new Map<string, boolean>();
/** NOT_NAME_ENDING for a lower-case word, remembered (the same words recur in every text). */
function endsLikeOrganisation(lower: string): boolean {
  let known = organisationEnding.get(lower);
  if (known === undefined) {
    known = NOT_NAME_ENDING.test(lower);
    if (organisationEnding.size >= 50_000) organisationEnding.clear();
    organisationEnding.set(lower, known);
  }
  return known;
}
/** Place names that start like a person's name ("Den Haag", "Den Bosch"); the word before decides. */
const PLACE_AFTER = new Set(['den', 'sint', 'st', "'s"]);
/** Where a clause starts with its subject ("…, Tarek is ziek"; "en Sem heeft"); after other words it is often an organisation. */
const SUBJECT_AFTER = new Set([',', 'en']);
const isRoleOrTeam = (lower: string): boolean => isRole(lower) || lower.endsWith('team');
const PLACES = new Set(['haag', 'bosch', 'helder', 'burg', 'ham', 'hoorn', 'dolder', 'dungen', 'oever']);
/** "GroenLinks", "PvdA", "DigiD": a capital inside the word marks a brand or party, not a person. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** A capitalised word before a listed name that makes it an organisation's ("Zorggroep De Linde"). */
const ORGANISATION =
  /(?:groep|zorg|stichting|praktijk|centrum|school|team|instelling|vereniging|kliniek|apotheek|fonds|dienst|bureau|huis|hof|coöperatie|woningbouw|wonen|welzijn|kinderopvang|opvang|kerk|moskee)$/u;
const REGION = new Set([
  'noord',
  'zuid',
  'oost',
  'west',
  'sint',
  'midden',
  'nieuw',
  'oud',
  'groot',
  'klein',
  'den',
]);
const ADJECTIVE_ENDING = /(?:e|en|ig|aal|eel|isch|ief|ijk|lijk|baar)$/u;
const LOCATIVE_FOLLOWERS = new Set(["'t", '’t', 'de', 'den', 'der', 'het']);
const PRONOUNS = new Set(['u', 'je', 'jij', 'ik', 'we', 'wij', 'ze', 'zij', 'hij', 'het', 'er', 'jullie']);
const TOKEN = /['’]t(?![\p{L}])|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+|\n|[^\s\p{L}\p{M}\d]/gu;
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}$/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const MAX_PARTS = 4;
/** Which lower-case words may be name parts: none, listed names, or any word that is not a stop word. */
type LowerCase = false | 'listed' | 'any';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  cap: boolean;
}

/** A part of a postcode or phone number after a closing name (findClosingName). */
function isCode(t: Token): boolean {
  return /^\d+$/.test(t.text) || t.text === '+' || t.text === '-';
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // exec on the one global regex: matchAll would copy the regex and run an iterator for every text.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const value = m[0];
    const first = value.charCodeAt(0);
    // Tokens are words, digit runs or single characters: a word is any token of two or more characters
    // that is not digits, or a single letter.
    const word = !(first >= 48 && first <= 57) && (value.length > 1 || LETTER.test(value));
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start: m.index,
      end: m.index + value.length,
      word,
      // ASCII letters decided without the Unicode regex.
      cap:
        word && (first >= 65 && first <= 90 ? true : first >= 97 && first <= 122 ? false : UPPER.test(value)),
    });
  }
  return tokens;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', '\n', '"', '“', '(', '-', '•', '*']);

const THANKS_WORDS = ['bedankt', 'dankjewel', 'dankuwel', 'thanks', 'thx', 'merci'];
const THANKS = new Set(THANKS_WORDS);
/** Words that end a text message and are no name ("… graag. alvast bedankt", "ok doei"). */
const CLOSING_WORDS = new Set([
  ...SIGN_OFFS, ...GREETINGS, ...THANKS_WORDS, 'svp', 'aub', 'graag', 'alvast', 'please', 'ok', 'oke', 'oké', 'top',
  'super', 'prima', 'sorry', 'dankje', 'dank', 'toedeloe', 'later', 'xx', 'xxx', 'x', 'pff', 'help', 'geboren',
  'geb', 'tel', 'telefoon', 'mobiel', 'bsn', 'adres', 'nr', 'nummer', 'postcode', 'iban', 'rekening', 'dossier',
  'bel', 'bellen', 'terugbellen', 'app', 'whatsapp', 'sms', 'bereikbaar', 'via', 'op', 'call', 'phone', 'tel.',
]); // prettier-ignore
/** Rules whose "en"/","-joined list may go on with any capitalised name ("kinderen Jing en Zhiwei"). */
const LIST_RULES = new Set(['relative', 'role', 'label', 'sign-off']);
function titleAllows(title: string): LowerCase {
  // Notes use "mw" and "dhr" as pronouns ("dhr geholpen", "wil mw een klacht"): after a title only a
  // capitalised or listed name counts; "mvr mansour hier" is found by its "hier".
  return title === 'heer' || title === 'familie' || title === 'fam' ? false : 'listed';
}

/** Sign-offs and thanks are never part of a name ("Mvg Mientje" on one line); "Lieve" may be. */
const isCue = (lower: string): boolean => SIGN_OFFS.has(lower) || THANKS.has(lower);

class NameFinder {
  readonly spans: PiiSpan[] = [];
  private readonly named = new Set<number>();
  private readonly parts = new Set<string>();
  private readonly lowerParts = new Set<string>();

  constructor(private readonly tokens: Token[]) {}

  private word(i: number): Token | undefined {
    const t = this.tokens[i];
    return t?.word ? t : undefined;
  }

  private isSentenceStart(i: number): boolean {
    const previous = this.tokens[i - 1];
    if (!previous) return true;
    if (previous.text === '.') {
      // "J. Jansen" and "mw. Jansen": a dot after an initial or a title does not end a sentence.
      const before = this.tokens[i - 2];
      return !(before?.word && (before.text.length === 1 || TITLES.has(before.lower)));
    }
    return SENTENCE_END.has(previous.text);
  }

  /**
   * Can t be part of a name? Capitalised words can (not stop words, acronyms or organisations); lower-case
   * words when `lower` allows: 'listed' for listed names, 'any' for any word that is not a stop word
   * (after "dit is", "mvr", before "hier": text messages write names in lower case).
   */
  private isNamePart(t: Token, lower: LowerCase): boolean {
    if (NOT_NAMES.has(t.lower) || PARTICLES.has(t.lower) || TITLES.has(t.lower) || isCue(t.lower)) {
      return false;
    }
    if ((ALL_UPPER.test(t.text) && t.text.length > 1) || INNER_CAPITAL.test(t.text)) return false;
    // A listed name keeps its organisation-like ending: "Veldhuis", "Bouwhuis".
    if (t.cap) return t.text.length > 1 && (isListed(t.lower) || !endsLikeOrganisation(t.lower));
    if (lower === 'any') {
      return t.text.length > 1 && !SUBJECT_VERBS.has(t.lower) && !RELATIVES.has(t.lower) && !isRole(t.lower);
    }
    return lower === 'listed' && isListed(t.lower);
  }

  /** A particle followed by another word; "in" and "op" only before "'t", "de" or "den" ("in 't Veld"). */
  private isParticle(i: number): boolean {
    const t = this.word(i);
    const next = this.word(i + 1);
    if (!t || !next) return false;
    if (t.lower === 'in' || t.lower === 'op') return LOCATIVE_FOLLOWERS.has(next.lower);
    return PARTICLES.has(t.lower);
  }

  /** A word joined to the next by a hyphen without spaces: "Al-Rifai", "Jan-Willem". */
  private isHyphenated(i: number): boolean {
    const t = this.tokens[i];
    const hyphen = this.tokens[i + 1];
    const next = this.word(i + 2);
    return !!t?.word && hyphen?.text === '-' && hyphen.start === t.end && next?.start === hyphen.end;
  }

  private isInitial(i: number): boolean {
    const t = this.tokens[i];
    const dot = this.tokens[i + 1];
    return !!t?.word && t.cap && t.text.length === 1 && dot?.text === '.' && dot.start === t.end;
  }

  /** "Al-Rifai", "El-Amrani": a particle glued to the surname is part of it. */
  private isGlued(at: number): boolean {
    return PARTICLES.has(this.word(at)?.lower ?? '') && this.isHyphenated(at);
  }

  /** Reads a name starting at token i; returns the index after it, or i when there is none. */
  private readName(i: number, lower: LowerCase, maxParts = MAX_PARTS + 2): number {
    let j = i;
    let end = i;
    let parts = 0;
    const capitalised = this.tokens[i]?.cap === true;
    while (this.isInitial(j)) {
      j += 2;
      end = j;
      parts++;
    }
    while (parts < maxParts) {
      let k = j;
      while (this.isParticle(k) && !this.isGlued(k)) k++;
      const t = this.word(k);
      if (!t) break;
      const isPart = this.isGlued(k)
        ? this.isNamePart(this.word(k + 2)!, lower)
        : this.isNamePart(t, lower) && (t.cap || lower !== 'any' || (parts < 2 && !capitalised));
      if (!isPart) break;
      const afterParticles = k > j;
      // After a name part, "van het" starts an affiliation ("Jansen van het Loket"), not a surname.
      if (afterParticles && parts > 0 && this.tokens[k - 1]!.lower === 'het') break;
      // After a full name, "van" and two capitalised words name an organisation: "Priya Sedney van Veilig Thuis".
      if (afterParticles && parts >= 2 && !this.isGlued(k) && this.word(k + 1)?.cap) break;
      j = k + 1;
      parts++;
      // Hyphenated parts: "Jansen-de Vries", "Aït-Taleb", "al-ahmad" in a text message.
      while (this.tokens[j]?.text === '-' && this.tokens[j]!.start === this.tokens[j - 1]!.end) {
        let h = j + 1;
        while (this.isParticle(h)) h++;
        const next = this.word(h);
        if (!next || !(next.cap || !t.cap) || this.tokens[j + 1]!.start !== this.tokens[j]!.end) break;
        j = h + 1;
      }
      end = j;
      // The surname after particles is one word (or hyphenated): "van der Berg", not "van de Sociale Dienst".
      if (afterParticles) break;
    }
    return parts > 0 ? end : i;
  }

  /** Reads a name at i that has a word after its initials ("W. Hartono", not "bijlage A."). */
  private readFullName(i: number, lower: LowerCase): number {
    const end = this.readName(i, lower);
    return end > i && !this.isInitial(end - 2) ? end : i;
  }

  mark(from: number, to: number, rule: string): void {
    if (to <= from) return;
    const first = this.tokens[from]!;
    const last = this.tokens[to - 1]!;
    this.spans.push({ start: first.start, end: last.end, marker: 'NAAM', rule });
    for (let i = from; i < to; i++) {
      this.named.add(i);
      const t = this.tokens[i]!;
      if (t.word && t.text.length >= 3 && !PARTICLES.has(t.lower)) {
        this.parts.add(t.lower);
        if (!t.cap) this.lowerParts.add(t.lower);
      }
    }
  }

  /**
   * Reads a name at i (and "en"/","-joined names after it when `list`: a listed first name, or any
   * capitalised name part after a relative, role or label: "kinderen Jing en Zhiwei"), marking them.
   */
  private takeName(i: number, rule: string, lower: LowerCase, list = false): number {
    const end = rule === 'role' ? this.readFullName(i, lower) : this.readName(i, lower);
    this.mark(i, end, rule);
    if (!list || end === i) return end;
    const joiner = this.tokens[end];
    if (joiner && (joiner.lower === 'en' || joiner.text === ',')) {
      const next = this.word(end + 1);
      const listed =
        next && (FIRST.has(next.lower) || FIRST_AMBIGUOUS.has(next.lower)) && (next.cap || lower);
      if (next && (listed || (next.cap && LIST_RULES.has(rule) && this.isNamePart(next, false)))) {
        return this.takeName(end + 1, rule, lower, true);
      }
    }
    return end;
  }

  /** Index of the first token after i that is not punctuation such as "," or ":" (and not a line break when `lines`). */
  private skipPunctuation(i: number, lines: boolean, max = 3, marks = ',:('): number {
    let j = i;
    for (let n = 0; n < max; n++) {
      const t = this.tokens[j];
      if (!t || t.word || /\d/.test(t.text)) break;
      if (t.text === '\n' ? !lines : !marks.includes(t.text)) break;
      j++;
    }
    return j;
  }

  findCued(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word) continue;
      const lower = t.lower;
      const next = tokens[i + 1];
      if (TITLES.has(lower)) {
        let j = i + 1;
        if (next?.text === '.' && next.start === t.end) j++;
        this.takeName(j, 'title', titleAllows(lower));
      } else if (GREETINGS.has(lower)) {
        this.takeName(this.skipPunctuation(i + 1, false), 'greeting', 'listed');
      } else if (
        SIGN_OFFS.has(lower) ||
        (lower === 'm' && tokens[i + 2]?.lower === 'v' && tokens[i + 4]?.lower === 'g')
      ) {
        const at = lower === 'm' ? i + 5 : i + 1;
        this.takeName(this.skipPunctuation(at, true, 4, ',:.!-–'), 'sign-off', 'listed', true);
      } else if (THANKS.has(lower)) {
        this.takeName(this.skipPunctuation(i + 1, false), 'thanks', 'listed');
      } else if (lower === 'naam' && next?.lower === 'is') {
        this.takeName(i + 2, 'mijn naam is', 'listed');
      } else if ((lower === 'ben' || lower === 'heet') && tokens[i - 1]?.lower === 'ik') {
        this.takeName(i + 1, 'ik ben', 'listed');
      } else if (lower === 'is' && tokens[i - 1]?.lower === 'dit' && i <= 3 && this.opensWithName(i + 1)) {
        // "dit is serhii rudenko": a text message that opens by naming its writer.
        this.takeName(i + 1, 'dit is', 'any');
      } else if (lower === 'ik' && next?.word && !next.cap && this.isIntroduction(i)) {
        // "hallo, ik yusuf, …": a first name right after "ik" (a verb would follow otherwise).
        this.takeName(i + 1, 'ik ben', 'any', false);
      } else if (lower === 'namens' && next?.cap) {
        this.takeName(i + 1, 'namens', false);
      } else if (LABELS.has(lower) && next?.text === ':') {
        this.takeName(this.skipPunctuation(i + 1, false, 2), 'label', false, true);
      } else if (lower === 'hier') {
        this.findBeforeHier(i);
      }
      if (RELATIVES.has(lower)) {
        this.takeName(this.afterRelative(i + 1), 'relative', 'listed', true);
      } else if (isRole(lower) && next?.text !== ':') {
        this.takeName(this.skipPunctuation(i + 1, false, 2), 'role', false, true);
      }
    }
  }

  /** A capitalised name part or a listed first name in lower case at i. */
  private opensWithName(i: number): boolean {
    const t = this.word(i);
    return !!t && (t.cap ? this.isNamePart(t, false) : FIRST.has(t.lower));
  }

  /** "ik yusuf," or "ik jasper" with a listed first name, at the start of a sentence or after a greeting. */
  private isIntroduction(ik: number): boolean {
    const name = this.tokens[ik + 1]!;
    if (NOT_NAMES.has(name.lower) || SUBJECT_VERBS.has(name.lower)) return false;
    const before = this.tokens[ik - 1];
    const opens =
      !before || SENTENCE_END.has(before.text) || before.text === ',' || GREETINGS.has(before.lower);
    // "Ik bel, …" and "Ik mail, …": only a listed first name counts.
    return opens && FIRST.has(name.lower);
  }

  /** Where the name after a relative starts: after "," or ":", and after "van" ("dochter van Sofie …"). */
  private afterRelative(i: number): number {
    const at = this.skipPunctuation(i, false, 2);
    const t = this.word(at);
    // "van der Sluis", "van den Berg": a surname, not "van" + a name.
    return t?.lower === 'van' && !PARTICLES.has(this.word(at + 1)?.lower ?? '') ? at + 1 : at;
  }

  /**
   * "Sofie hier", "met lisandra hier", "mvr al masri hier": the words before "hier" that open a text (or
   * follow "met" or a title) are the writer's name.
   */
  private findBeforeHier(hier: number): void {
    for (let from = hier - 1; from >= Math.max(0, hier - 4); from--) {
      const before = this.tokens[from - 1];
      // After "met" or a title any word counts ("met lisandra hier"); at the start of a text only a
      // capitalised or listed name ("Sofie hier"), not a verb ("…, woon hier sinds").
      const cued = !!before && (before.lower === 'met' || TITLES.has(before.lower));
      const opens =
        !before || SENTENCE_END.has(before.text) || before.text === ',' || GREETINGS.has(before.lower);
      if ((cued || opens) && this.readName(from, cued ? 'any' : 'listed', 3) === hier) {
        this.mark(from, hier, 'hier');
        return;
      }
    }
  }

  findListed(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (this.named.has(i)) continue;
      const t = tokens[i]!;
      if (!t.cap || t.text.length < 2 || ALL_UPPER.test(t.text) || NOT_NAMES.has(t.lower)) continue;
      const lower = t.lower;
      const inSentence = !this.isSentenceStart(i);
      const inLists =
        FIRST.has(lower) || SURNAME.has(lower) || FIRST_AMBIGUOUS.has(lower) || SURNAME_AMBIGUOUS.has(lower);
      // Most capitalised words are in no list and open a sentence: skip them before the costlier checks.
      if (!inLists && !inSentence) continue;
      // Particles before a surname belong to it: "van Dijk", "De Vries".
      let from = i;
      while (
        from > 0 &&
        tokens[from - 1]!.word &&
        PARTICLES.has(tokens[from - 1]!.lower) &&
        !this.named.has(from - 1)
      ) {
        from--;
      }
      const afterParticle = from < i;
      if (this.isOrganisationOrPlace(from, i)) continue;
      // "Kunt u ...", "Heeft hij ...": a verb that opens a question, even when a list holds the word.
      if (!inSentence && PRONOUNS.has(tokens[i + 1]?.lower ?? '')) continue;
      const listed =
        FIRST.has(lower) ||
        SURNAME.has(lower) ||
        ((FIRST_AMBIGUOUS.has(lower) || SURNAME_AMBIGUOUS.has(lower)) &&
          (inSentence || this.readName(i + 1, false) > i + 1 || this.isHyphenated(i))) ||
        (SURNAME_AMBIGUOUS.has(lower) && afterParticle);
      if (!listed && !(inSentence && (this.isDoubleSurname(i) || this.isUnknownFullName(i)))) continue;
      const end = this.readName(i, false);
      if (end === i) continue;
      // A sentence that starts with a particle ("De Vries belde") keeps it inside the name only when it is
      // capitalised; "de" in "bij de Bank" is not part of a name.
      const particles = tokens.slice(from, i);
      const start =
        afterParticle &&
        (tokens[from]!.cap ||
          (!FIRST.has(lower) && particles.some((p) => p.lower !== 'de' && p.lower !== 'het')))
          ? from
          : i;
      // An unknown first name before a listed surname: "Olek van Dam", "Serwaa Jansen".
      const previous = this.word(start - 1);
      const surname = SURNAME.has(lower) || SURNAME_AMBIGUOUS.has(lower);
      const withFirst =
        surname && previous?.cap && !this.named.has(start - 1) && this.isNamePart(previous, false)
          ? start - 1
          : start;
      this.mark(withFirst, end, 'list');
      i = end - 1;
    }
  }

  /**
   * Two capitalised words inside a sentence that no list knows ("met Olek Zaremba"): a full name, unless
   * the first reads as an adjective of an organisation's name ("Sociale", "Veilig", "Nationale").
   */
  private isUnknownFullName(i: number): boolean {
    const t = this.tokens[i]!;
    const second = this.word(i + 1);
    if (!second?.cap || ADJECTIVE_ENDING.test(t.lower) || REGION.has(t.lower)) return false;
    const third = this.word(i + 2);
    if (third?.cap && endsLikeOrganisation(third.lower)) return false;
    return [t, second].every(
      (part) => part.text.length >= 2 && this.isNamePart(part, false) && !REGION.has(part.lower),
    );
  }

  /** "Jansen-Bakker" inside a sentence: two capitalised parts joined by a hyphen, not a region ("Noord-Holland"). */
  private isDoubleSurname(i: number): boolean {
    const t = this.tokens[i]!;
    const hyphen = this.tokens[i + 1];
    const second = this.word(i + 2);
    if (hyphen?.text !== '-' || hyphen.start !== t.end || !second?.cap || second.start !== hyphen.end) {
      return false;
    }
    return [t, second].every(
      (part) =>
        part.text.length >= 3 &&
        !ALL_UPPER.test(part.text) &&
        this.isNamePart(part, false) &&
        !REGION.has(part.lower),
    );
  }

  /**
   * A signature: a line holding only a name of two or more parts, as the last line of the text or right
   * before a line with a role, phone number or e-mail address.
   */
  findSignature(): void {
    const tokens = this.tokens;
    let lineStart = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && tokens[i]!.text !== '\n') continue;
      if (i > lineStart && !this.named.has(lineStart)) {
        const end = this.readName(lineStart, false);
        const parts = tokens.slice(lineStart, end).filter((t) => t.word && !PARTICLES.has(t.lower)).length;
        let next = i;
        while (tokens[next]?.text === '\n') next++;
        if (end === i && parts >= 2 && (next >= tokens.length || !this.isSentenceLine(next))) {
          this.mark(lineStart, end, 'signature');
        }
      }
      lineStart = i + 1;
    }
  }

  /** Does the line starting at i read as prose (a lower-case word among its first three words)? */
  private isSentenceLine(i: number): boolean {
    for (let j = i; j < i + 4 && j < this.tokens.length && this.tokens[j]!.text !== '\n'; j++) {
      const t = this.tokens[j]!;
      if (t.word && !t.cap && !PARTICLES.has(t.lower)) return true;
    }
    return false;
  }

  /** Is the listed word at i (particles from `from`) part of an organisation's or a place's name? */
  private isOrganisationOrPlace(from: number, i: number): boolean {
    const before = this.tokens[from - 1];
    const after = this.tokens[i + 1];
    if (before?.cap && ORGANISATION.test(before.lower)) return true;
    if (before && PLACE_AFTER.has(before.lower)) return true;
    if (PLACES.has(this.tokens[i]!.lower) && from < i && PLACE_AFTER.has(this.tokens[i - 1]!.lower)) {
      return true;
    }
    return !!after?.cap && (ORGANISATION.test(after.lower) || endsLikeOrganisation(after.lower));
  }

  /**
   * Names known by their shape or place, not by a list: initials before a capitalised word ("W. Hartono",
   * "H.W. El Yaakoubi"), a name before a role or an age in parentheses ("Jing (moeder)", "Sawsan (17)"),
   * a name alone in parentheses after a role ("wijkteam (Wei)"), and a capitalised word inside a sentence
   * before a verb ("…, Tarek is ziek").
   */
  findShapes(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (this.named.has(i) || !t.cap) continue;
      if (this.isInitial(i)) {
        const previous = tokens[i - 1];
        // "bijlage A. De …": initials after a capitalised word or a digit are a label, not a name.
        if (previous?.cap || /\d/.test(previous?.text ?? '')) continue;
        const end = this.readFullName(i, false);
        this.mark(i, end, 'initials');
        if (end > i) i = end - 1;
        continue;
      }
      const previous = tokens[i - 1]?.lower ?? '';
      // Cheap first: only a "(" after the next words, or a "(" or clause start before, can make a shape.
      if (previous !== '(' && !SUBJECT_AFTER.has(previous) && !this.parenthesisFollows(i)) continue;
      if (t.text.length < 2 || !this.isNamePart(t, false) || (isRole(t.lower) && !isListed(t.lower))) {
        continue;
      }
      const end = this.readName(i, false, 3);
      const open = tokens[end];
      if (open?.text === '(' && this.isRoleInParentheses(end + 1)) {
        this.mark(i, end, 'parenthesis');
      } else if (
        tokens[i - 1]?.text === '(' &&
        tokens[end]?.text === ')' &&
        end === i + 1 &&
        isRoleOrTeam(tokens[i - 2]?.lower ?? '')
      ) {
        this.mark(i, end, 'parenthesis');
      } else if (
        end === i + 1 &&
        !this.isSentenceStart(i) &&
        SUBJECT_AFTER.has(tokens[i - 1]?.lower ?? '') &&
        SUBJECT_VERBS.has(tokens[i + 1]?.lower ?? '')
      ) {
        this.mark(i, end, 'subject');
      }
    }
  }

  /** Is there a "(" within the four tokens after i (after a name of up to three parts)? */
  private parenthesisFollows(i: number): boolean {
    for (let j = i + 1; j <= i + 4 && j < this.tokens.length; j++) {
      if (this.tokens[j]!.text === '(') return true;
    }
    return false;
  }

  /** "(16)", "(moeder)", "(ex-partner)", "(ggz)", "(voorzitter)": who the person before it is. */
  private isRoleInParentheses(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    let close = i + 1;
    if (t.lower === 'ex' && this.tokens[i + 1]?.text === '-') close = i + 3;
    if (this.tokens[close]?.text !== ')') return false;
    if (/^\d{1,2}$/.test(t.text)) return true;
    return t.word && !t.cap && (isRole(t.lower) || ROLE_IN_PARENTHESES.has(t.lower));
  }

  /**
   * The end of a text message: a name of one to three words after the last sentence, with no full stop
   * after it, alone or before a phone number or postcode ("graag reactie. katrien", "… iets. mariana
   * nwosu 5432 ZX", "ik wachten. Pinas"). Lower case counts when the first word is a listed first name.
   */
  findClosingName(): void {
    const tokens = this.tokens;
    let last = tokens.length;
    // A postcode or phone number after the name: "5432 ZX", "06 7149 6900", "0031 6 74129193".
    if (last > 1 && /^\p{Lu}{2}$/u.test(tokens[last - 1]!.text) && /^\d{4}$/.test(tokens[last - 2]!.text)) {
      last -= 2;
    }
    while (last > 0 && isCode(tokens[last - 1]!)) last--;
    for (let from = last - 1; from >= Math.max(0, last - 4); from--) {
      const before = tokens[from - 1];
      // A text that is only a word or two ("Café") is no message with a closing name.
      if (!before) return;
      if (!(SENTENCE_END.has(before.text) || before.text === ',')) continue;
      for (let k = from; k < last; k++) if (this.named.has(k)) return;
      const first = tokens[from]!;
      if (!first.word || CLOSING_WORDS.has(first.lower)) return;
      // A lower-case name: a listed first name, a single word, or after a sign-off ("Groetjes, selam").
      const afterSignOff = SIGN_OFFS.has(tokens[from - 2]?.lower ?? '');
      // A single lower-case word ("belachelijk", "niks") is no name unless it is a listed first name.
      const lower: LowerCase = first.cap || FIRST.has(first.lower) || afterSignOff ? 'any' : false;
      if (lower && this.readName(from, lower, 3) === last) this.mark(from, last, 'closing');
      return;
    }
  }

  /**
   * Is the whole text one person's name, known from the lists: a listed first name (or initials) and a
   * listed surname, with particles between ("Fatima el Amrani", "J. de Vries")? For labels, where a
   * headerless file puts a citizen's name in the column list without any cue.
   */
  isListedFullName(): boolean {
    const tokens = this.tokens;
    if (tokens.length === 0 || this.readName(0, false) !== tokens.length) return false;
    const words = tokens.filter((t) => t.word && !PARTICLES.has(t.lower));
    const first = words[0]!;
    const last = words[words.length - 1]!;
    // A surname that is also a word counts after a particle: "van Dijk", "de Bruin".
    const afterParticle = PARTICLES.has(tokens[tokens.indexOf(last) - 1]?.lower ?? '');
    const surname = SURNAME.has(last.lower) || (afterParticle && SURNAME_AMBIGUOUS.has(last.lower));
    if (words.length < 2 || !surname || last.text.length < 2) return false;
    return this.isInitial(0) || FIRST.has(first.lower);
  }

  /** Every other occurrence of a part of a name found above. */
  findRepeated(): void {
    if (this.parts.size === 0) return;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (!t.word || this.named.has(i) || !this.parts.has(t.lower)) continue;
      // A lower-case repeat only of a name that was written in lower case ("groetjes anouk").
      if (!t.cap && !this.lowerParts.has(t.lower)) continue;
      // "bij Grytsje Hiemstra" when "Mw Hiemstra" came first: the capitalised word before is a first name.
      const previous = this.word(i - 1);
      const withFirst =
        t.cap &&
        previous?.cap &&
        !this.named.has(i - 1) &&
        !this.isSentenceStart(i - 1) &&
        this.isNamePart(previous, false);
      this.mark(withFirst ? i - 1 : i, i + 1, 'repeat');
    }
  }
}

/** Is the text a listed first name (or initials) and a listed surname and nothing else? */
export function isBareFullName(text: string): boolean {
  return new NameFinder(tokenize(text.trim())).isListedFullName();
}

export function nameSpans(text: string): PiiSpan[] {
  const finder = new NameFinder(tokenize(text));
  finder.findCued();
  finder.findListed();
  finder.findSignature();
  finder.findShapes();
  finder.findClosingName();
  finder.findRepeated();
  return finder.spans;
}
