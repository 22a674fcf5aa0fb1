import type { Role } from '@/generated/graphql';

export interface NavItem {
  /** Route path; App.tsx guards the route with the same `roles` (see rolesFor). */
  to: string;
  label: string;
  /** One B1 sentence: what you find there. */
  description: string;
  /** Who sees the item and may open the page. The API checks access again for every query. */
  roles: readonly Role[];
}

// Kept as a literal list (not derived from the routes) so it stays greppable. Aggregate pages are
// for raad, college, beleid and beheer; the panel sees the thermometer, themes and its own pages
// (college and beheer coordinate the panel; beleid and raad read its findings);
// sources and imports are administration.
export const navItems: readonly NavItem[] = [
  {
    to: '/',
    label: 'Thermometer',
    description: 'Een paar vaste cijfers die laten zien of het sociaal domein op koers is.',
    roles: ['raad', 'panel', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/themas',
    label: "Thema's",
    description: 'Waarover mensen klagen, en hoe dat verandert.',
    roles: ['raad', 'panel', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/wachttijden',
    label: 'Wachttijden',
    description: 'Klachten over wachten, en of termijnen uit de wet worden gehaald.',
    roles: ['raad', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/systeemsignalen',
    label: 'Systeemsignalen',
    description: 'Aanwijzingen dat het systeem faalt, niet één persoon.',
    roles: ['raad', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/uitkomsten',
    label: 'Uitkomsten',
    description: 'Hoe vaak klachten en bezwaren gegrond zijn, en wat er daarna gebeurde.',
    roles: ['raad', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/keten',
    label: 'Keten',
    description: 'Waar klachten worden opgelost en waar ze verder gaan.',
    roles: ['raad', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/aanbieders',
    label: 'Aanbieders',
    description: 'Klachten per zorgaanbieder, en of aanbieders op tijd rapporteren.',
    roles: ['raad', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/burgerpanel',
    label: 'Burgerpanel',
    description: 'Steekproeven van beslissingen op bezwaar die het burgerpanel beoordeelt.',
    roles: ['panel', 'college', 'beheer'],
  },
  {
    to: '/panelbevindingen',
    label: 'Panelbevindingen',
    description: 'Hoe vaak het burgerpanel een fout in het systeem zag, per wet, thema en norm.',
    roles: ['raad', 'panel', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/maatregelen',
    label: 'Maatregelen',
    description: 'Wat de gemeente besloot naar aanleiding van klachten, en of het hielp.',
    roles: ['raad', 'panel', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/rapportages',
    label: 'Rapportages',
    description: 'Vastgelegde overzichten voor de planning- en controlcyclus, als PDF, Word en Excel.',
    // The council reads the frozen reports; the college and policy staff also make them.
    roles: ['raad', 'college', 'beleid', 'beheer'],
  },
  {
    to: '/dossiers',
    label: 'Dossiers',
    description: 'De klachten en signalen achter de cijfers, zonder namen of andere persoonsgegevens.',
    roles: ['beleid', 'beheer'],
  },
  {
    to: '/themabeoordeling',
    label: 'Themabeoordeling',
    description: 'Voorgestelde thema’s controleren, zodat het systeem bijleert.',
    roles: ['beleid'],
  },
  {
    to: '/bronnen',
    label: 'Bronnen',
    description: 'Waar de gegevens vandaan komen en hoe actueel ze zijn.',
    roles: ['beheer'],
  },
  {
    to: '/beheer',
    label: 'Beheer',
    description: 'Gemeenten, organisaties, contracten, profielen en gebruikers inrichten.',
    roles: ['beheer'],
  },
  {
    to: '/beheer/themas',
    label: "Thema's beheren",
    description: 'Thema’s en trefwoorden toevoegen, wijzigen, verplaatsen of buiten gebruik stellen.',
    roles: ['beheer'],
  },
  {
    to: '/beheer/themamodellen',
    label: 'Themamodellen',
    description: 'Het model dat thema’s voorstelt opnieuw trainen, toetsen en in gebruik nemen.',
    roles: ['beheer', 'beleid'],
  },
  {
    to: '/api-koppelingen',
    label: 'API en koppelingen',
    description: 'De cijfers ophalen in Power BI, Excel, R of Python met een persoonlijke token.',
    roles: ['raad', 'panel', 'college', 'beleid', 'beheer'],
  },
];
