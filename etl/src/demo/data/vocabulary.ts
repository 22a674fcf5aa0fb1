/**
 * The words each demo source uses in its own export, per canonical value. The generator picks from
 * these lists; the source profiles (etl/profiles/*.yaml) translate them back. generate.spec.ts checks
 * that every value the generator writes is known to the profile of that file.
 */

/** Municipal case system: "Onderwerp" per theme (coarser than the taxonomy, as in real systems). */
export const GEMEENTE_ONDERWERP: Record<string, readonly string[]> = {
  wachttijd: ['Wachttijd'],
  wachttijd_toegang: ['Wachttijd aanvraag', 'Wachttijd'],
  wachttijd_levering: ['Levertijd', 'Wachttijd'],
  wachttijd_behandeling: ['Wachttijd'],
  wachtlijst_jeugd_ggz: ['Wachttijd'],
  bejegening: ['Bejegening'],
  communicatie: ['Communicatie', 'Terugbelverzoek niet opgevolgd'],
  bereikbaarheid: ['Bereikbaarheid'],
  informatie: ['Informatie/uitleg'],
  deskundigheid: ['Deskundigheid medewerker'],
  afspraken_nakomen: ['Afspraak niet nagekomen'],
  privacy: ['Privacy/AVG'],
  klachtbehandeling: ['Klachtafhandeling'],
  toegang_indicatie: ['Toegang/indicatie', 'Keukentafelgesprek'],
  besluitvorming: ['Beschikking/besluit'],
  hulp_huishouden: ['Huishoudelijke hulp'],
  hulpmiddelen: ['Hulpmiddelen'],
  hulpmiddelen_reparatie: ['Reparatie hulpmiddel', 'Hulpmiddelen'],
  woningaanpassing: ['Woningaanpassing'],
  vervoer: ['Vervoer/regiotaxi'],
  vervoer_te_laat: ['Vervoer/regiotaxi'],
  eigen_bijdrage: ['Eigen bijdrage/CAK'],
  begeleiding: ['Begeleiding/dagbesteding'],
  beschermd_wonen: ['Beschermd wonen/opvang'],
  jeugdhulp_kwaliteit: ['Jeugdhulp'],
  jeugdbescherming: ['Jeugdbescherming'],
  overgang_18: ['18-/18+'],
  pgb: ['PGB'],
  uitkering: ['Uitkering'],
  uitkering_betaling: ['Betaling uitkering', 'Uitkering'],
  maatregel_korting: ['Maatregel/korting'],
  terugvordering: ['Terugvordering/verhaal'],
  reintegratie: ['Re-integratie'],
  bijzondere_bijstand: ['Bijzondere bijstand/minimaregelingen'],
  schuldhulp_toegang: ['Schuldhulpverlening'],
  beslag_afloscapaciteit: ['Beslag/beslagvrije voet'],
  budgetbeheer: ['Budgetbeheer/bewind'],
  schuldregeling: ['Schuldregeling'],
  inburgering: ['Inburgering'],
  inburgering_taal: ['Taal/leerroute', 'Inburgering'],
};
/** Catch-all subjects in the municipal system: no theme; the classifier reads the description. */
export const GEMEENTE_VAGUE_ONDERWERP = [
  'Overig',
  'Algemeen',
  'Dienstverlening',
  'Zorg en ondersteuning',
] as const;

/** Provider complaint lists: "Categorie" per theme. */
export const AANBIEDER_CATEGORIE: Record<string, readonly string[]> = {
  wachttijd: ['Wachttijd/wachtlijst'],
  wachttijd_levering: ['Wachttijd start zorg', 'Levering'],
  wachttijd_behandeling: ['Wachtlijst behandeling'],
  wachtlijst_jeugd_ggz: ['Wachtlijst jeugd-ggz', 'Wachtlijst behandeling'],
  bejegening: ['Bejegening'],
  communicatie: ['Communicatie'],
  bereikbaarheid: ['Bereikbaarheid'],
  informatie: ['Informatievoorziening'],
  deskundigheid: ['Deskundigheid'],
  afspraken_nakomen: ['Afspraken'],
  privacy: ['Privacy'],
  klachtbehandeling: ['Klachtafhandeling'],
  hulp_huishouden: ['Kwaliteit huishoudelijke hulp'],
  begeleiding: ['Kwaliteit begeleiding'],
  jeugdhulp_kwaliteit: ['Kwaliteit behandeling', 'Wisseling hulpverlener'],
  hulpmiddelen: ['Hulpmiddel (keuze/passen)'],
  hulpmiddelen_reparatie: ['Reparatie en onderhoud'],
  woningaanpassing: ['Woningaanpassing'],
  eigen_bijdrage: ['Facturatie'],
  overgang_18: ['Overgang 18+'],
  jeugdbescherming: ['Veiligheid'],
  pgb: ['PGB'],
};
export const AANBIEDER_VAGUE_CATEGORIE = ['Planning/organisatie', 'Overig'] as const;

/** Ombudsman case list: "onderwerp" per theme. */
export const OMBUDSMAN_ONDERWERP: Record<string, readonly string[]> = {
  wachttijd: ['Wachttijden'],
  wachttijd_toegang: ['Wachttijden'],
  wachttijd_levering: ['Wachttijden'],
  wachttijd_behandeling: ['Wachttijden'],
  wachtlijst_jeugd_ggz: ['Wachttijden'],
  bejegening: ['Bejegening'],
  informatie: ['Informatieverstrekking'],
  communicatie: ['Communicatie en terugkoppeling'],
  bereikbaarheid: ['Bereikbaarheid'],
  klachtbehandeling: ['Klachtbehandeling'],
  besluitvorming: ['Besluitvorming'],
  toegang_indicatie: ['Toegang tot zorg en ondersteuning'],
  jeugdhulp_kwaliteit: ['Jeugdhulp'],
  jeugdbescherming: ['Jeugdbescherming'],
  hulp_huishouden: ['Huishoudelijke hulp'],
  hulpmiddelen: ['Hulpmiddelen en woningaanpassing'],
  hulpmiddelen_reparatie: ['Hulpmiddelen en woningaanpassing'],
  woningaanpassing: ['Hulpmiddelen en woningaanpassing'],
  vervoer: ['Vervoer'],
  vervoer_te_laat: ['Vervoer'],
  eigen_bijdrage: ['Eigen bijdrage'],
  uitkering: ['Bijstand'],
  uitkering_betaling: ['Bijstand'],
  maatregel_korting: ['Bijstand'],
  terugvordering: ['Terugvordering en boete'],
  reintegratie: ['Re-integratie'],
  bijzondere_bijstand: ['Minimaregelingen'],
  schuldhulp_toegang: ['Schuldhulpverlening'],
  beslag_afloscapaciteit: ['Schuldhulpverlening'],
  budgetbeheer: ['Schuldhulpverlening'],
  schuldregeling: ['Schuldhulpverlening'],
  inburgering: ['Inburgering'],
  inburgering_taal: ['Inburgering'],
  privacy: ['Privacy'],
};
export const OMBUDSMAN_VAGUE_ONDERWERP = ['Samenwerking tussen instanties', 'Overig'] as const;

/** Half-year report: "Aard van de klacht" per theme. */
export const RAPPORTAGE_AARD: Record<string, string> = {
  wachttijd: 'Wachttijd',
  wachttijd_toegang: 'Wachttijd',
  wachttijd_levering: 'Levering',
  wachttijd_behandeling: 'Wachttijd',
  wachtlijst_jeugd_ggz: 'Wachttijd',
  bejegening: 'Bejegening',
  communicatie: 'Communicatie',
  bereikbaarheid: 'Bereikbaarheid',
  informatie: 'Informatie',
  deskundigheid: 'Deskundigheid',
  afspraken_nakomen: 'Afspraken nakomen',
  privacy: 'Privacy',
  klachtbehandeling: 'Klachtbehandeling',
  jeugdhulp_kwaliteit: 'Kwaliteit jeugdhulp',
  jeugdbescherming: 'Veiligheid/jeugdbescherming',
  overgang_18: 'Overgang 18+',
  pgb: 'PGB',
  hulp_huishouden: 'Kwaliteit huishoudelijke hulp',
  begeleiding: 'Kwaliteit begeleiding',
  beschermd_wonen: 'Beschermd wonen',
  hulpmiddelen: 'Hulpmiddelen',
  hulpmiddelen_reparatie: 'Reparatie en onderhoud',
  woningaanpassing: 'Hulpmiddelen',
  vervoer: 'Vervoer overig',
  vervoer_te_laat: 'Stiptheid vervoer',
  eigen_bijdrage: 'Eigen bijdrage/facturen',
  schuldhulp_toegang: 'Schuldhulp toegang',
  beslag_afloscapaciteit: 'Beslag',
  budgetbeheer: 'Budgetbeheer',
  schuldregeling: 'Schuldregeling',
  reintegratie: 'Re-integratie',
  inburgering: 'Begeleiding inburgering',
  inburgering_taal: 'Taalonderwijs',
};
export const RAPPORTAGE_NO_COMPLAINTS = 'Geen klachten';

/** Causes ("Oorzaak") a provider reports per theme group. */
export function causesFor(theme: string): readonly string[] {
  if (theme.startsWith('wacht')) {
    return ['Personeelstekort', 'Capaciteit/wachtlijst', 'Instroom hoger dan verwacht'];
  }
  if (theme === 'bejegening') return ['Houding medewerker', 'Miscommunicatie'];
  if (theme === 'communicatie' || theme === 'informatie') {
    return ['Communicatie/overdracht', 'Onduidelijke afspraken'];
  }
  if (theme === 'bereikbaarheid') return ['Telefonie/bezetting', 'Personeelstekort'];
  if (theme === 'afspraken_nakomen') return ['Planning', 'Personeelstekort', 'Ziekte medewerker'];
  if (theme === 'hulpmiddelen_reparatie' || theme === 'hulpmiddelen') {
    return ['Levering onderdelen', 'Planning monteurs'];
  }
  if (theme.startsWith('vervoer')) return ['Ritplanning', 'Drukte/verkeer', 'Chauffeur'];
  if (theme === 'privacy') return ['Procedure niet gevolgd'];
  if (theme === 'eigen_bijdrage') return ['Administratie/facturatie'];
  return ['Werkwijze', 'Personeelstekort', 'Overig'];
}

// ---- Canonical code -> the source's words ----

export const GEMEENTE_SOORT = {
  klacht: 'Klacht',
  signaal: 'Signaal',
  melding: 'Melding',
  hulpvraag: 'Hulpvraag',
};
export const GEMEENTE_DOMEIN: Record<string, readonly string[]> = {
  wmo: ['Wmo', 'WMO'],
  jeugd: ['Jeugd', 'Jeugdhulp'],
  werk_inkomen: ['Werk en inkomen', 'Participatie'],
  schuldhulp: ['Schuldhulpverlening'],
  inburgering: ['Inburgering'],
  overig: ['Overig'],
};
export const GEMEENTE_KANAAL: Record<string, readonly string[]> = {
  telefoon: ['Telefoon'],
  email: ['E-mail', 'Mail'],
  webformulier: ['Webformulier', 'Digitaal formulier'],
  brief: ['Brief', 'Post'],
  balie: ['Balie'],
  keukentafel: ['Keukentafelgesprek', 'Huisbezoek'],
  sociale_media: ['Social media'],
  via_aanbieder: ['Via aanbieder'],
  via_ombudsman: ['Via ombudsman'],
  onbekend: ['Onbekend'],
};
export const GEMEENTE_INDIENER: Record<string, readonly string[]> = {
  burger: ['Inwoner', 'Burger'],
  ouder: ['Ouder/verzorger', 'Ouder'],
  jongere: ['Jongere'],
  professional: ['Professional', 'Huisarts', 'School'],
  vertegenwoordiger: ['Mantelzorger', 'Gemachtigde', 'Cliëntondersteuner'],
  onbekend: ['Anoniem', 'Onbekend'],
};
export const GEMEENTE_ROUTE = { informeel: 'Informeel', formeel: 'Formeel', bemiddeling: 'Bemiddeling' };
export const GEMEENTE_UITKOMST: Record<string, readonly string[]> = {
  gegrond: ['Gegrond'],
  deels_gegrond: ['Deels gegrond'],
  ongegrond: ['Ongegrond'],
  niet_ontvankelijk: ['Niet-ontvankelijk'],
  ingetrokken: ['Ingetrokken'],
  opgelost: ['Opgelost', 'Informeel opgelost', 'Beantwoord'],
  doorverwezen: ['Doorverwezen', 'Doorgezet naar aanbieder'],
  lopend: ['In behandeling'],
};
export const GEMEENTE_MAATREGEL: Record<string, string> = {
  excuses: 'Excuses aangeboden',
  uitleg: 'Uitleg gegeven',
  besluit_herzien: 'Besluit herzien',
  financiele_compensatie: 'Financiële tegemoetkoming',
  werkwijze_aangepast: 'Werkwijze aangepast',
  beleid_aangepast: 'Beleid aangepast',
  medewerker_aangesproken: 'Medewerker aangesproken',
  geen: 'Geen',
};
export const GEMEENTE_AFDELING: Record<string, readonly string[]> = {
  wmo: ['Team Wmo', 'Wijkteam Noord', 'Wijkteam Zuid', 'KCC'],
  jeugd: ['Team Jeugd', 'Wijkteam Noord', 'Wijkteam Zuid'],
  werk_inkomen: ['Team Werk en Inkomen', 'KCC'],
  schuldhulp: ['Team Schuldhulp', 'KCC'],
  inburgering: ['Team Inburgering'],
  overig: ['KCC', 'Klachtenbureau'],
};

export const AANBIEDER_SOORT = { klacht: 'Klacht', signaal: 'Signaal', melding: 'Incident' };
export const AANBIEDER_DOMEIN: Record<string, string> = {
  jeugd: 'Jeugdwet',
  wmo: 'Wmo 2015',
  schuldhulp: 'Schuldhulpverlening',
  werk_inkomen: 'Participatiewet',
  inburgering: 'Wet inburgering',
};
export const AANBIEDER_INDIENER: Record<string, readonly string[]> = {
  burger: ['Cliënt'],
  ouder: ['Ouder(s)', 'Pleegouder'],
  jongere: ['Jeugdige'],
  professional: ['Verwijzer', 'Huisarts'],
  vertegenwoordiger: ['Wettelijk vertegenwoordiger', 'Familielid'],
  onbekend: ['Onbekend'],
};
export const AANBIEDER_KANAAL: Record<string, readonly string[]> = {
  telefoon: ['Telefonisch'],
  email: ['E-mail'],
  brief: ['Brief'],
  webformulier: ['Klachtenformulier website'],
  balie: ['Mondeling'],
  via_aanbieder: ['Via medewerker'],
  onbekend: ['Onbekend'],
};
export const AANBIEDER_BEHANDELING = {
  informeel: ['Klachtenfunctionaris', 'Gesprek met teamleider'],
  formeel: ['Klachtencommissie'],
  bemiddeling: ['Bemiddeling'],
};
export const AANBIEDER_OORDEEL: Record<string, readonly string[]> = {
  gegrond: ['Gegrond'],
  deels_gegrond: ['Gedeeltelijk gegrond'],
  ongegrond: ['Ongegrond'],
  niet_ontvankelijk: ['Niet ontvankelijk'],
  ingetrokken: ['Ingetrokken door klager'],
  opgelost: ['Opgelost in gesprek', 'Naar tevredenheid opgelost'],
  lopend: ['Lopend'],
};
export const AANBIEDER_MAATREGEL: Record<string, string> = {
  excuses: 'Excuses',
  uitleg: 'Uitleg',
  werkwijze_aangepast: 'Werkwijze aangepast',
  medewerker_aangesproken: 'Gesprek met medewerker',
  financiele_compensatie: 'Compensatie',
  geen: 'Geen',
};

export const OMBUDSMAN_SOORT = { klacht: 'klacht', signaal: 'signaal', hulpvraag: 'informatieverzoek' };
export const OMBUDSMAN_DOMEIN: Record<string, string> = {
  wmo: 'Wmo',
  jeugd: 'Jeugd',
  werk_inkomen: 'Werk en inkomen',
  schuldhulp: 'Schulden',
  inburgering: 'Inburgering',
  overig: 'Overig',
};
export const OMBUDSMAN_KANAAL = {
  webformulier: 'webformulier',
  telefoon: 'telefoon',
  brief: 'brief',
  email: 'e-mail',
  balie: 'spreekuur',
};
export const OMBUDSMAN_INDIENER = {
  burger: 'burger',
  ouder: 'ouder',
  jongere: 'jongere',
  vertegenwoordiger: 'vertegenwoordiger',
  professional: 'professional',
};
export const OMBUDSMAN_AFDOENING: Record<string, string> = {
  gegrond: 'gegrond',
  deels_gegrond: 'deels gegrond',
  ongegrond: 'ongegrond',
  niet_ontvankelijk: 'niet-ontvankelijk',
  interventie: 'interventie',
  doorverwezen: 'terugverwezen',
  ingetrokken: 'ingetrokken',
  lopend: 'in behandeling',
};

export interface DecisionType {
  label: string;
  theme: string;
  weight: number;
}

/** Objection decisions: the legal department's law names and decision types (with their theme). */
export const BEZWAAR_WET: Record<string, readonly string[]> = {
  wmo: ['Wmo 2015', 'Wmo'],
  jeugdwet: ['Jeugdwet'],
  participatiewet: ['Participatiewet', 'PW'],
  wgs: ['Wgs'],
  wet_inburgering: ['Wet inburgering 2021'],
};
export const BEZWAAR_BESLUIT: Record<string, readonly DecisionType[]> = {
  wmo: [
    { label: 'Afwijzing hulp bij het huishouden', theme: 'hulp_huishouden', weight: 6 },
    { label: 'Minder uren huishoudelijke hulp', theme: 'hulp_huishouden', weight: 5 },
    { label: 'Afwijzing scootmobiel', theme: 'hulpmiddelen', weight: 3 },
    { label: 'Afwijzing woningaanpassing', theme: 'woningaanpassing', weight: 3 },
    { label: 'Afwijzing vervoersvoorziening', theme: 'vervoer', weight: 2 },
    { label: 'Beëindiging begeleiding', theme: 'begeleiding', weight: 3 },
    { label: 'Afwijzing beschermd wonen', theme: 'beschermd_wonen', weight: 1 },
    { label: 'Hoogte pgb Wmo', theme: 'pgb', weight: 2 },
  ],
  jeugdwet: [
    { label: 'Afwijzing jeugdhulp', theme: 'toegang_indicatie', weight: 5 },
    { label: 'Afwijzing verlengde jeugdhulp', theme: 'overgang_18', weight: 2 },
    { label: 'Hoogte pgb jeugd', theme: 'pgb', weight: 3 },
  ],
  participatiewet: [
    { label: 'Afwijzing bijstand', theme: 'uitkering', weight: 6 },
    { label: 'Beëindiging bijstand', theme: 'uitkering', weight: 4 },
    { label: 'Herziening en terugvordering bijstand', theme: 'terugvordering', weight: 5 },
    { label: 'Boete schending inlichtingenplicht', theme: 'terugvordering', weight: 2 },
    { label: 'Maatregel verlaging bijstand', theme: 'maatregel_korting', weight: 2 },
    { label: 'Afwijzing bijzondere bijstand', theme: 'bijzondere_bijstand', weight: 4 },
    { label: 'Afwijzing individuele inkomenstoeslag', theme: 'bijzondere_bijstand', weight: 2 },
    { label: 'Opdracht tegenprestatie', theme: 'reintegratie', weight: 1 },
  ],
  wgs: [
    { label: 'Weigering schuldhulpverlening', theme: 'schuldhulp_toegang', weight: 4 },
    { label: 'Beëindiging schuldhulpverlening', theme: 'schuldregeling', weight: 2 },
  ],
  wet_inburgering: [
    { label: 'Vaststelling persoonlijk plan inburgering', theme: 'inburgering', weight: 3 },
    { label: 'Vaststelling leerroute', theme: 'inburgering_taal', weight: 2 },
  ],
};
export const BEZWAAR_UITKOMST = {
  gegrond: 'Gegrond',
  deels_gegrond: 'Deels gegrond',
  ongegrond: 'Ongegrond',
  niet_ontvankelijk: 'Niet-ontvankelijk',
  ingetrokken: 'Ingetrokken',
  lopend: 'In behandeling',
};
export const BEZWAAR_BEHANDELAARS: readonly { name: string; longDates: boolean }[] = [
  { name: 'mr. A. de Wit', longDates: true },
  { name: 'mr. R. Pinas', longDates: false },
  { name: 'S. Kaya', longDates: true },
  { name: 'J. van Dam', longDates: false },
  { name: 'mr. E. Bosman', longDates: true },
];

export const RAPPORTAGE_DOMEIN: Record<string, string> = {
  jeugd: 'Jeugd',
  wmo: 'Wmo',
  werk_inkomen: 'Werk en inkomen',
  schuldhulp: 'Schuldhulpverlening',
  inburgering: 'Inburgering',
};
