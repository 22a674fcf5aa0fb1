import { objectionReasoning } from './objectionReasoning';
import { fakeIban, type Random } from './random';

/**
 * Dutch free text for the demo exports, assembled from varied templates: an opening in the style of
 * the writer (citizen, contact-centre note, provider's complaints officer, ombudsman), one or two core
 * sentences for the theme, sometimes a detail, a closing and, on purpose, personal data (phone,
 * e-mail, BSN, IBAN, address) so the redaction in the ETL is visible.
 *
 * These templates are NOT the classifier's evaluation sample (etl/eval/labelled-sample.csv), which
 * was written separately.
 */
export type Writer = 'burger' | 'kcc' | 'aanbieder' | 'ombudsman';

const CORE: Record<string, readonly string[]> = {
  wachttijd: [
    'Het duurt allemaal erg lang, al {duur} gebeurt er niets.',
    'Wij wachten nu {duur} en er is nog steeds geen duidelijkheid.',
    'De wachttijd is onredelijk lang voor {wie}.',
    'Al {duur} op de wachtlijst, niemand kan zeggen wanneer het aan de beurt is.',
    'Steeds wordt gezegd dat het nog even duurt, maar er verandert niets.',
  ],
  wachttijd_toegang: [
    'De melding is {duur} geleden gedaan en er is nog geen gesprek geweest.',
    'Na de aanvraag is er nog steeds geen beschikking, terwijl de termijn voorbij is.',
    'Wachten op een indicatie duurt al {duur}, zonder hulp in de tussentijd.',
    'Er is nog geen besluit genomen op de aanvraag van {wie}.',
  ],
  wachttijd_levering: [
    'De voorziening is toegekend maar na {duur} nog niet geleverd.',
    'De zorg had al moeten starten, maar de aanbieder heeft geen plek. Start is steeds uitgesteld.',
    'Levertermijn is ruim overschreden, de leverancier geeft geen nieuwe datum.',
    'Toegekend in het voorjaar, maar de startdatum is nog altijd onbekend.',
  ],
  wachttijd_behandeling: [
    'Na de intake is er een wachtlijst van {duur} voor de behandeling.',
    'Er is een aanmeldstop, dus {wie} kan nergens terecht.',
    'Geen overbruggingszorg terwijl het thuis steeds slechter gaat.',
    'De behandeling zou in het najaar starten, nu is het weer uitgesteld.',
  ],
  wachtlijst_jeugd_ggz: [
    '{Kind} staat al {duur} op de wachtlijst van de jeugd-ggz.',
    'Voor het diagnostisch onderzoek van {kind} is de wachttijd {duur}.',
    'De psycholoog kan pas na de zomer beginnen, {kind} heeft nu hulp nodig.',
    'Wachten op ggz-behandeling voor {kind}, de angstklachten worden erger.',
  ],
  bejegening: [
    'De medewerker was onvriendelijk en luisterde niet.',
    'Er werd op een neerbuigende toon gesproken, alsof het allemaal onze eigen schuld is.',
    'Niet serieus genomen en kortaf afgewimpeld aan de telefoon.',
    'De houding van de medewerker was respectloos.',
  ],
  communicatie: [
    'Er is beloofd terug te bellen, maar niemand heeft teruggebeld.',
    'Op e-mails komt geen reactie, al {duur} niet.',
    'De brief is onduidelijk en er staat niet in wat er nu moet gebeuren.',
    'Niemand heeft laten weten dat de afspraak niet doorging.',
    'Wij horen niets meer sinds de nieuwe contactpersoon het heeft overgenomen.',
  ],
  bereikbaarheid: [
    'Telefonisch is er niemand te bereiken, steeds een bandje.',
    'Na een half uur in de wacht werd de verbinding verbroken.',
    'Het loket is bijna nooit open en de telefoon wordt niet opgenomen.',
    'Er is geen vast nummer waar je iemand kunt bereiken.',
  ],
  informatie: [
    'De informatie op de website klopt niet met wat de consulent zegt.',
    'Er is verkeerde informatie gegeven over de regels.',
    'Niemand kon uitleggen hoe het zit, iedereen verwijst naar een ander.',
    'Wij werden van het kastje naar de muur gestuurd.',
  ],
  deskundigheid: [
    'De consulent had weinig kennis van de situatie van {wie}.',
    'De medewerker maakte fouten in de berekening en wist de regels niet.',
    'Er werd een onervaren medewerker gestuurd die niet wist wat te doen.',
    'Het advies was onjuist, er is duidelijk te weinig deskundigheid.',
  ],
  afspraken_nakomen: [
    'De afspraak is al twee keer niet nagekomen.',
    'Er kwam niemand opdagen en er is ook niet afgebeld.',
    'Toezeggingen worden niet nagekomen, de afspraak werd weer afgezegd.',
    'Er is beloofd dat het voor het eind van de maand geregeld zou zijn, niets gebeurd.',
  ],
  privacy: [
    'Gegevens van {wie} zijn zonder toestemming gedeeld met school.',
    'Er is een brief met persoonsgegevens naar een verkeerd adres gestuurd.',
    'Het verzoek om inzage in het dossier wordt niet behandeld.',
    'Een medewerker heeft vertrouwelijke informatie doorgegeven aan familie.',
  ],
  klachtbehandeling: [
    'De eerdere klacht is niet goed behandeld, er is nooit een reactie gekomen.',
    'Geen ontvangstbevestiging en geen terugkoppeling op de vorige klacht.',
    'De klachtafhandeling door {aanbieder} was onvoldoende, daarom nu bij de gemeente.',
    'Niet tevreden over hoe de klacht is afgehandeld.',
  ],
  toegang_indicatie: [
    'Bij het keukentafelgesprek is niet goed gekeken naar wat {wie} nodig heeft.',
    'De herindicatie geeft minder uren terwijl de situatie slechter is geworden.',
    'Het wijkteam zegt dat het netwerk moet helpen, maar dat netwerk is er niet.',
    'De aanvraag is afgewezen zonder goed onderzoek.',
  ],
  besluitvorming: [
    'In de beschikking staat niet waarom de aanvraag is afgewezen.',
    'Het besluit is gebaseerd op verkeerde gegevens.',
    'De motivering van de beslissing is onvoldoende, er is bezwaar gemaakt.',
    'Er staat een fout in de beschikking, de ingangsdatum klopt niet.',
  ],
  hulp_huishouden: [
    'De huishoudelijke hulp komt minder uren dan is afgesproken.',
    'Steeds een andere hulp in huis, {wie} raakt daardoor in de war.',
    'De schoonmaak wordt slecht gedaan, badkamer en keuken worden overgeslagen.',
    'De hulp bij het huishouden is al {duur} niet geweest door personeelstekort.',
  ],
  hulpmiddelen: [
    'De rolstoel past niet en geeft pijnklachten.',
    'De scootmobiel die is geleverd is te groot voor de berging.',
    'Er is een verkeerde rollator geleverd.',
    'Het hulpmiddel sluit niet aan op wat {wie} nodig heeft.',
  ],
  hulpmiddelen_reparatie: [
    'De scootmobiel is al {duur} kapot en de monteur komt niet.',
    'De rolstoel staat in reparatie en er is geen vervangende rolstoel.',
    'Storing aan de traplift wordt niet opgelost.',
    'Het onderhoud is niet uitgevoerd, nu is het hulpmiddel defect.',
  ],
  woningaanpassing: [
    'De aanvraag voor een traplift loopt al {duur}.',
    'De aannemer heeft de badkamer niet afgemaakt.',
    'De drempels zijn nog steeds niet weggehaald.',
    'De woningaanpassing is afgewezen, verhuizen zou goedkoper zijn.',
  ],
  vervoer: [
    'De regiotaxi rijdt enorme omwegen.',
    'De chauffeur hielp niet bij het instappen.',
    'De vervoerspas werkt niet en niemand weet waarom.',
    'Het Wmo-vervoer rijdt niet naar het ziekenhuis buiten de regio.',
  ],
  vervoer_te_laat: [
    'De taxi was {minuten} minuten te laat, de afspraak bij de fysio is gemist.',
    'Vanochtend niet opgehaald voor de dagbesteding.',
    'Na het ziekenhuis is {wie} vergeten op te halen, {minuten} minuten buiten gewacht.',
    'De taxi kwam veel te vroeg en reed weer weg.',
  ],
  eigen_bijdrage: [
    'Het CAK rekent een eigen bijdrage voor zorg die niet is geleverd.',
    'De factuur van de eigen bijdrage is te hoog, er is te veel betaald.',
    'Het abonnementstarief wordt dubbel afgeschreven, € {bedrag} te veel.',
    'Niemand heeft verteld dat er een eigen bijdrage betaald moest worden.',
  ],
  begeleiding: [
    'De individuele begeleiding is zonder overleg gestopt.',
    'De dagbesteding is dicht door personeelstekort.',
    'De begeleider komt onregelmatig en helpt niet met de administratie.',
    'Te weinig begeleiding, {wie} raakt de structuur kwijt.',
  ],
  beschermd_wonen: [
    'In de beschermde woonvorm is er ’s nachts geen begeleiding.',
    'Er is geen plek in de opvang, buiten geslapen.',
    'Uitstroom uit beschermd wonen lukt niet, er is geen woning.',
    'Onrust met huisgenoten en de begeleiding grijpt niet in.',
  ],
  jeugdhulp_kwaliteit: [
    '{Kind} heeft in een jaar drie verschillende hulpverleners gehad.',
    'De jeugdhulp helpt niet, na maanden behandeling geen verbetering.',
    'Het behandelplan is niet met ons besproken.',
    'De jeugdzorg werkt niet samen met school, iedereen wijst naar elkaar.',
  ],
  jeugdbescherming: [
    'De gezinsvoogd houdt zich niet aan de omgangsregeling.',
    'De ondertoezichtstelling is verlengd zonder dat wij gehoord zijn.',
    'Na de melding bij Veilig Thuis is er niemand langsgekomen.',
    'De jeugdbeschermer schrijft dingen in het rapport die niet kloppen.',
  ],
  overgang_18: [
    '{Kind} wordt binnenkort 18 en de jeugdhulp stopt dan.',
    'Verlengde jeugdhulp is geweigerd, terwijl zelfstandig wonen nog niet lukt.',
    'Na de 18e verjaardag is er geen aansluitende hulp vanuit de Wmo.',
  ],
  pgb: [
    'De SVB betaalt de zorgverlener al {duur} niet uit.',
    'Het budgetplan voor het pgb is zonder uitleg afgekeurd.',
    'De zorgovereenkomst is nog niet verwerkt, daardoor stopt de zorg.',
    'Als budgethouder krijg je geen enkele ondersteuning.',
  ],
  uitkering: [
    'De bijstandsuitkering is stopgezet zonder goede reden.',
    'De aanvraag voor bijstand is afgewezen, maar het vermogen is verkeerd berekend.',
    'Door de kostendelersnorm is de uitkering flink omlaag gegaan.',
    'De uitkering is beëindigd omdat de inlichtingenplicht geschonden zou zijn.',
  ],
  uitkering_betaling: [
    'De uitkering is deze maand niet betaald.',
    'Het voorschot is na {duur} nog steeds niet uitbetaald.',
    'De betaling kwam een week te laat, nu is er een aanmaning voor de huur.',
    'Het vakantiegeld is niet uitbetaald.',
  ],
  maatregel_korting: [
    'Er is een korting op de uitkering opgelegd vanwege een gemiste afspraak.',
    'De maatregel is onterecht, er was een goede reden om niet te komen.',
    'De uitkering is verlaagd zonder waarschuwing vooraf.',
  ],
  terugvordering: [
    'De gemeente vordert € {bedrag} terug, dat klopt niet.',
    'Er is een terugvordering over twee jaar, de inkomsten zijn wel doorgegeven.',
    'Boete opgelegd terwijl de wijziging op tijd is gemeld.',
    'De vordering wordt verrekend met de uitkering, er blijft te weinig over.',
  ],
  reintegratie: [
    'Het traject bij het werkbedrijf helpt niet om werk te vinden.',
    'De werkervaringsplek is niet passend.',
    'De tegenprestatie is niet te combineren met de mantelzorg.',
    'De jobcoach neemt geen contact op.',
  ],
  bijzondere_bijstand: [
    'De aanvraag bijzondere bijstand voor een koelkast is afgewezen.',
    'De energietoeslag is nog steeds niet ontvangen.',
    'De individuele inkomenstoeslag is geweigerd.',
    'Kwijtschelding van de gemeentelijke belastingen is afgewezen.',
  ],
  schuldhulp_toegang: [
    'Aangemeld voor schuldhulp, maar na {duur} nog geen eerste gesprek.',
    'Afgewezen voor schuldhulpverlening zonder goede uitleg.',
    'Er dreigt een huisuitzetting en niemand pakt de schulden snel op.',
    'Eerst moet de hele administratie op orde zijn voordat de kredietbank helpt.',
  ],
  beslag_afloscapaciteit: [
    'Er ligt loonbeslag en de beslagvrije voet is verkeerd berekend.',
    'De deurwaarder legt beslag terwijl er een regeling loopt.',
    'De afloscapaciteit is te hoog vastgesteld, er blijft geen leefgeld over.',
  ],
  budgetbeheer: [
    'Het leefgeld komt steeds te laat.',
    'De budgetbeheerder betaalt de vaste lasten niet op tijd, nu is er een achterstand.',
    'De bewindvoerder is niet te bereiken en de energierekening is niet betaald.',
  ],
  schuldregeling: [
    'De schuldregeling duurt veel langer dan afgesproken.',
    'Een schuldeiser werkt niet mee aan het minnelijk traject.',
    'Na de schuldsanering blijken er nog schulden open te staan.',
  ],
  inburgering: [
    'Het persoonlijk plan inburgering is na {duur} nog niet vastgesteld.',
    'Geen begeleiding bij de inburgering, alleen brieven van DUO.',
    'De brede intake is niet in een begrijpelijke taal gedaan.',
  ],
  inburgering_taal: [
    'De taalles valt steeds uit.',
    'De leerroute past niet, het taalniveau is te hoog.',
    'Het examen is al twee keer verzet door de taalschool.',
  ],
};

const OPENINGS: Record<Writer, readonly string[]> = {
  burger: [
    'Geachte heer/mevrouw,',
    'Hierbij dien ik een klacht in.',
    'Ik wil een klacht indienen.',
    'Goedemiddag,',
    'Ik ben het echt zat.',
    '',
    '',
    'Namens {wie} schrijf ik u.',
  ],
  kcc: [
    'Mw. belt.',
    'Dhr. belt namens {wie}.',
    'Telefoonnotitie KCC:',
    'Inwoner aan de balie:',
    'Melding via webformulier:',
    'Wijkteam meldt:',
    'Klant belt boos op.',
  ],
  aanbieder: [
    'Cliënt geeft aan:',
    'Klacht van ouder:',
    'Klachtenfunctionaris:',
    'Mondelinge klacht, genoteerd door team:',
    'Klacht ontvangen per mail.',
  ],
  ombudsman: [
    'Verzoeker klaagt over het volgende.',
    'Verzoekster is ontevreden.',
    'Klacht over de gemeente:',
    'Verzoeker stelt:',
  ],
};

const CLOSINGS: Record<Writer, readonly string[]> = {
  burger: [
    'Graag een reactie.',
    'Ik verwacht dat dit snel wordt opgelost.',
    'Dit moet echt anders.',
    '',
    'Met vriendelijke groet, {naam}',
  ],
  kcc: ['Verzoek om terugbellen.', 'Doorgezet naar behandelaar.', 'Klant wil graag contact.', ''],
  aanbieder: [
    'Gesprek gepland met teamleider.',
    'Klager wil excuses.',
    '',
    'In overleg met cliënt opgepakt.',
  ],
  ombudsman: ['', 'Verzoeker wil dat de gemeente het probleem oplost.', 'Verzoeker vraagt om excuses.'],
};

const WHO = [
  'mijn moeder',
  'mijn vader',
  'mijn zoon',
  'mijn dochter',
  'mij',
  'mijn man',
  'mijn vrouw',
  'onze zoon',
];
const CHILD = ['mijn zoon', 'mijn dochter', 'onze zoon', 'onze dochter', 'ons kind'];
const DURATIONS = [
  '3 weken',
  'zes weken',
  'twee maanden',
  '10 weken',
  'drie maanden',
  'een half jaar',
  '4 maanden',
];
const SURNAMES = [
  'De Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'De Boer',
  'Mulder',
  'De Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Van Dijk',
  'Yilmaz',
  'El Amrani',
  'Kaya',
  'Pinas',
  'Nguyen',
  'Van den Berg',
];
const INITIALS = ['A.', 'J.', 'M.', 'P.', 'S.', 'H.', 'R.', 'F.', 'K.', 'E.'];
const STREETS = [
  'Lindelaan',
  'Kerkstraat',
  'Havenweg',
  'Populierenlaan',
  'Molenstraat',
  'Julianastraat',
  'Esdoornhof',
];
const MAIL_DOMAINS = ['hotmail.com', 'gmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com'];

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function personName(random: Random): string {
  return `${random.pick(INITIALS)} ${random.pick(SURNAMES)}`;
}

function phone(random: Random): string {
  const digits = random.digits(8);
  return random.pick([
    `06-${digits}`,
    `06 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}`,
    `+31 6 ${digits}`,
    `0341-${digits.slice(0, 6)}`,
  ]);
}

function email(random: Random): string {
  const surname = random.pick(SURNAMES).toLowerCase().replace(/\s+/g, '');
  return `${random.pick(['j', 'm', 'a', 'p', 's'])}.${surname}${random.int(1, 99)}@${random.pick(MAIL_DOMAINS)}`;
}

/** A sentence with personal data; the subject's own BSN when given (citizens write it down). */
function piiSentence(random: Random, bsn: string | undefined): string {
  const kind = random.weighted([
    ['phone', 5],
    ['email', 4],
    ['bsn', bsn ? 3 : 0],
    ['iban', 1],
    ['address', 2],
  ] as const);
  switch (kind) {
    case 'phone':
      return random.pick([
        'Bereikbaar op {telefoon}.',
        'Graag terugbellen op {telefoon}.',
        'Mijn nummer is {telefoon}.',
      ]);
    case 'email':
      return random.pick(['Mail: {email}', 'Reactie graag naar {email}.']);
    case 'bsn':
      return random.pick(['BSN {bsn}.', 'Mijn BSN is {bsn}.', 'Het gaat om BSN {bsn}.']);
    case 'iban':
      return 'Het geld kan terug op {iban}.';
    case 'address':
      return 'Adres: {straat} {huisnummer}, {postcode} Lusdonk.';
  }
}

export interface TextContext {
  provider?: string;
  bsn?: string | undefined;
  /** A previous complaint about the same theme (repeat complaint). */
  previousDate?: string;
  /** The citizen was sent back and forth between organisations. */
  bounced?: boolean;
  /** Probability of personal data in the text. */
  piiRate?: number;
}

function fill(random: Random, template: string, context: TextContext): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'wie':
        return random.pick(WHO);
      case 'Kind':
        return capitalise(random.pick(CHILD));
      case 'kind':
        return random.pick(CHILD);
      case 'duur':
        return random.pick(DURATIONS);
      case 'minuten':
        return String(random.int(3, 12) * 5);
      case 'bedrag':
        return `${random.int(1, 9)}.${random.digits(3)},${random.pick(['00', '50', '12', '87'])}`;
      case 'aanbieder':
        return context.provider ?? 'de aanbieder';
      case 'naam':
        return personName(random);
      case 'telefoon':
        return phone(random);
      case 'email':
        return email(random);
      case 'bsn':
        return context.bsn ?? '';
      case 'iban':
        return fakeIban(random);
      case 'straat':
        return random.pick(STREETS);
      case 'huisnummer':
        return String(random.int(1, 140));
      case 'postcode':
        return `99${random.int(10, 29)} ${random.pick(['AB', 'BC', 'CK', 'DL', 'EG', 'HX'])}`;
      default:
        return '';
    }
  });
}

/** Free text for one complaint-like record about a theme. */
export function caseText(random: Random, theme: string, writer: Writer, context: TextContext = {}): string {
  const core = CORE[theme] ?? CORE.communicatie ?? [];
  const parts: string[] = [];
  const opening = random.pick(OPENINGS[writer]);
  if (opening) parts.push(opening);
  if (context.previousDate) {
    parts.push(
      random
        .pick([
          'Hier is op {eerder} al eerder over geklaagd.',
          'Dit is de tweede keer dat hierover een klacht komt, de vorige was op {eerder}.',
          'Ik heb hier al eerder een klacht over ingediend ({eerder}).',
        ])
        .replace('{eerder}', context.previousDate),
    );
  }
  if (context.bounced) {
    parts.push(
      random.pick([
        'Wij worden van het kastje naar de muur gestuurd tussen gemeente en aanbieder.',
        'Iedereen zegt dat een ander verantwoordelijk is.',
        'De gemeente verwijst naar de aanbieder en de aanbieder naar de gemeente.',
      ]),
    );
  }
  const first = random.pick(core);
  parts.push(first);
  if (random.chance(0.35)) {
    const second = random.pick(core);
    if (second !== first) parts.push(second);
  }
  if (context.provider && random.chance(0.3)) parts.push(`Het gaat om ${context.provider}.`);
  if (random.chance(context.piiRate ?? 0.25)) parts.push(piiSentence(random, context.bsn));
  const closing = random.pick(CLOSINGS[writer]);
  if (closing) parts.push(closing);
  const separator = writer === 'burger' && random.chance(0.15) ? '\r\n' : ' ';
  return fill(random, parts.join(separator), context).trim();
}

/** A sentence about measures taken, for the half-year reports. */
export function measuresText(random: Random, theme: string | null, rising: boolean): string {
  if (rising) {
    return random.pick([
      'Aanmeldstop sinds het voorjaar; wachtenden krijgen elke vier weken een belafspraak.',
      'Extra behandelaars geworven, wachtlijst blijft oplopen door personeelstekort.',
      'Overbruggingszorg ingezet voor de langst wachtenden; wachtlijst besproken met de gemeente.',
    ]);
  }
  if (theme === null) return '';
  return random.pick([
    'Excuses aangeboden en werkwijze besproken in het team.',
    'Medewerker aangesproken op houding.',
    'Planning aangepast; vaste contactpersoon per cliënt.',
    'Terugbelafspraken worden nu binnen twee werkdagen nagekomen.',
    'Geen structurele maatregel nodig.',
    'Klachtenprocedure en informatiefolder aangepast.',
  ]);
}

/** Summary of an objection decision (beslissing op bezwaar), as the legal department writes it. */
export function objectionSummary(
  random: Random,
  decisionType: string,
  outcome: string,
  context: { systemError?: boolean; bsn?: string; reasoning?: { law: string; outcome: string; key: string } },
): string {
  const grounds = random.pick([
    'Bezwaarmaker stelt dat het besluit onzorgvuldig is voorbereid.',
    'Bezwaarmaker voert aan dat de persoonlijke situatie onvoldoende is meegewogen.',
    'Bezwaarmaakster stelt dat zij niet is gehoord voordat het besluit werd genomen.',
    'Volgens bezwaarmaker zijn de feiten onjuist vastgesteld.',
  ]);
  const [asked, reasoning] = context.reasoning
    ? objectionReasoning(context.reasoning.law, context.reasoning.outcome, context.reasoning.key)
    : [];
  const parts = [`Bezwaar tegen: ${decisionType.toLowerCase()}.`, ...(asked ? [asked] : []), grounds];
  if (context.systemError) {
    parts.push(
      random.pick([
        'Bij de herberekening zijn de inkomsten uit de koppeling met UWV dubbel verrekend.',
        'De terugvordering is gebaseerd op inkomstengegevens die al eerder waren verwerkt (dubbele verrekening).',
        'De automatische inkomstenverrekening heeft vakantiegeld twee keer meegeteld.',
      ]),
    );
  }
  if (reasoning) parts.push(reasoning);
  switch (outcome) {
    case 'Gegrond':
      parts.push(
        random.pick([
          'Het bezwaar is gegrond: het besluit wordt herroepen.',
          'Gegrond verklaard; er wordt een nieuw besluit genomen.',
          'De commissie adviseert het bezwaar gegrond te verklaren; het college neemt dit over.',
        ]),
      );
      break;
    case 'Deels gegrond':
      parts.push('Het bezwaar is gedeeltelijk gegrond; het bedrag wordt aangepast.');
      break;
    case 'Ongegrond':
      parts.push(random.pick(['Het besluit blijft in stand.', 'Ongegrond: het besluit is juist genomen.']));
      break;
    case 'Niet-ontvankelijk':
      parts.push('Het bezwaar is te laat ingediend en er is geen verschoonbare reden.');
      break;
    case 'Ingetrokken':
      parts.push('Na een telefonisch gesprek is het bezwaar ingetrokken.');
      break;
    default:
      parts.push('Het bezwaar is in behandeling.');
  }
  if (context.bsn && random.chance(0.08)) parts.push(`Dossier BSN ${context.bsn}.`);
  return parts.join(' ');
}
