import { Random } from './random';

/**
 * The reasoning in a demo objection decision: what the citizen asked for and why the municipality
 * decided as it did, so the citizens' panel has something to judge (docs/panel.md). A separate
 * random stream per decision keeps the main demo stream (and with it every other demo record) as it was.
 */
const ASKED: Readonly<Record<string, readonly string[]>> = {
  participatiewet: [
    'Gevraagd: de bijstand te laten doorlopen en de terugvordering te schrappen.',
    'Gevraagd: het besluit te herzien, omdat het inkomen in die maanden lager was dan de gemeente aannam.',
    'Gevraagd: rekening te houden met schulden en de kosten van de kinderen.',
  ],
  wmo: [
    'Gevraagd: de ondersteuning alsnog toe te kennen, omdat zelfstandig wonen anders niet lukt.',
    'Gevraagd: rekening te houden met een medisch advies dat bezwaarmaker na het gesprek heeft gestuurd.',
    'Gevraagd: het keukentafelgesprek over te doen met een mantelzorger erbij.',
  ],
  jeugdwet: [
    'Gevraagd: de jeugdhulp alsnog toe te kennen of voort te zetten, zoals school en huisarts adviseren.',
    'Gevraagd: het besluit te herzien, omdat de ouders niet zijn gehoord over wat het kind nodig heeft.',
  ],
  wgs: [
    'Gevraagd: toch toegelaten te worden tot de schuldhulpverlening.',
    'Gevraagd: de schuldregeling niet te beëindigen na één gemiste afspraak.',
  ],
  wet_inburgering: [
    'Gevraagd: een andere leerroute die past bij het taalniveau.',
    'Gevraagd: het persoonlijk plan aan te passen aan de zorg voor een ziek familielid.',
  ],
};

const REASONING: Readonly<Record<string, readonly string[]>> = {
  gegrond: [
    'Overwegingen: bij het eerste besluit is de situatie van bezwaarmaker niet goed onderzocht. Informatie die bezwaarmaker had gegeven, is niet meegewogen.',
    'Overwegingen: het besluit is niet goed uitgelegd. Uit het dossier blijkt niet waarom de gemeente afweek van het advies van de consulent.',
    'Overwegingen: de gemeente heeft een landelijke gegevenskoppeling gebruikt zonder de gegevens met bezwaarmaker te controleren.',
  ],
  deels_gegrond: [
    'Overwegingen: de gemeente mocht het besluit nemen, maar heeft het bedrag verkeerd berekend. Een deel van de periode telt niet mee.',
    'Overwegingen: de hoofdregel is goed toegepast, maar de hardheidsclausule is niet overwogen.',
  ],
  ongegrond: [
    'Overwegingen: de regels zijn juist toegepast. Bezwaarmaker heeft geen nieuwe feiten aangevoerd die tot een ander besluit leiden.',
    'Overwegingen: uit het onderzoek, waaronder een gesprek thuis, blijkt dat de voorziening niet nodig is om zelfstandig te wonen.',
    'Overwegingen: de gemeente heeft alle belangen afgewogen. Het besluit is streng, maar de wet laat geen andere keuze.',
  ],
  niet_ontvankelijk: [
    'Overwegingen: het bezwaar kwam na de termijn van zes weken binnen. Bezwaarmaker gaf geen reden waarom dat niet eerder kon.',
  ],
  ingetrokken: [
    'Overwegingen: na een gesprek met de behandelaar is een oplossing gevonden buiten het bezwaar om.',
  ],
  lopend: ['Overwegingen: nog niet bekend, het bezwaar is in behandeling.'],
};

/** Two sentences: what was asked, and the reasoning that fits the outcome. */
export function objectionReasoning(law: string, outcome: string, key: string): string[] {
  const random = new Random(`bezwaar-motivering:${key}`);
  const asked = ASKED[law];
  const reasoning = REASONING[outcome];
  return [asked ? random.pick(asked) : null, reasoning ? random.pick(reasoning) : null].filter(
    (sentence): sentence is string => sentence !== null,
  );
}
