import type { Role } from '@/generated/graphql';

export interface NavItem {
  /** Route path; App.tsx guards the route with the same `roles` (see rolesFor). */
  to: string;
  label: string;
  /** One B1 sentence: what you find there. */
  description: string;
  /** Who sees the item and may open the page. The API checks access again for every query. */
  roles: readonly Role[];
  /** Shown under this disclosure button of the menu (navGroups); without: directly in the menu bar. */
  group?: NavGroupKey;
}

export type NavGroupKey = 'vergelijken' | 'verantwoording' | 'meer';

/**
 * The menu's disclosure buttons, so the bar holds more pages and still fits one line at 1366 px (the
 * council's thermometer overview must be visible without scrolling). A group a role sees only one
 * item of is shown as that item's own link.
 */
export const navGroups: { readonly [K in NavGroupKey]: string } = {
  vergelijken: 'Vergelijken',
  verantwoording: 'Verantwoording',
  meer: 'Meer',
};

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
    group: 'vergelijken',
  },
  {
    to: '/aanbieders',
    label: 'Aanbieders',
    description: 'Klachten per zorgaanbieder, en of aanbieders op tijd rapporteren.',
    roles: ['raad', 'college', 'beleid', 'beheer'],
    group: 'vergelijken',
  },
  {
    to: '/regio',
    label: 'Regio vergelijken',
    description: 'Klachten per 1.000 inwoners naast die van de andere gemeenten in de regio die meedoen.',
    roles: ['raad', 'college', 'beleid', 'beheer'],
    group: 'vergelijken',
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
    group: 'verantwoording',
  },
  {
    to: '/maatregelen',
    label: 'Maatregelen',
    description: 'Wat de gemeente besloot naar aanleiding van klachten, en of het hielp.',
    roles: ['raad', 'panel', 'college', 'beleid', 'beheer'],
    group: 'verantwoording',
  },
  {
    to: '/rapportages',
    label: 'Rapportages',
    description: 'Vastgelegde overzichten voor de planning- en controlcyclus, als PDF, Word en Excel.',
    // The council reads the frozen reports; the college and policy staff also make them.
    roles: ['raad', 'college', 'beleid', 'beheer'],
    group: 'verantwoording',
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
    group: 'meer',
  },
  {
    to: '/bronnen',
    label: 'Bronnen',
    description: 'Waar de gegevens vandaan komen en hoe actueel ze zijn.',
    roles: ['beheer'],
    group: 'meer',
  },
  {
    to: '/beheer',
    label: 'Beheer',
    description: 'Gemeenten, organisaties, contracten, profielen en gebruikers inrichten.',
    roles: ['beheer'],
    group: 'meer',
  },
  {
    to: '/beheer/themas',
    label: "Thema's beheren",
    description: 'Thema’s en trefwoorden toevoegen, wijzigen, verplaatsen of buiten gebruik stellen.',
    roles: ['beheer'],
    group: 'meer',
  },
  {
    to: '/beheer/themamodellen',
    label: 'Themamodellen',
    description: 'Het model dat thema’s voorstelt opnieuw trainen, toetsen en in gebruik nemen.',
    roles: ['beheer', 'beleid'],
    group: 'meer',
  },
];
