export interface NavItem {
  /** Route path; also the key by which roles will be attached later. */
  to: string;
  label: string;
  /** One B1 sentence: what you find there. */
  description: string;
}

// Kept as a literal list (not derived from the routes) so it stays greppable and each item can get
// a `roles` field once login exists.
export const navItems: readonly NavItem[] = [
  {
    to: '/',
    label: 'Thermometer',
    description: 'Een paar vaste cijfers die laten zien of het sociaal domein op koers is.',
  },
  {
    to: '/themas',
    label: "Thema's",
    description: 'Waarover mensen klagen, en hoe dat verandert.',
  },
  {
    to: '/wachttijden',
    label: 'Wachttijden',
    description: 'Klachten over wachten, en of termijnen uit de wet worden gehaald.',
  },
  {
    to: '/systeemsignalen',
    label: 'Systeemsignalen',
    description: 'Aanwijzingen dat het systeem faalt, niet één persoon.',
  },
  {
    to: '/keten',
    label: 'Keten',
    description: 'Waar klachten worden opgelost en waar ze verder gaan.',
  },
  {
    to: '/aanbieders',
    label: 'Aanbieders',
    description: 'Klachten per zorgaanbieder, en of aanbieders op tijd rapporteren.',
  },
  {
    to: '/burgerpanel',
    label: 'Burgerpanel',
    description: 'Beslissingen op bezwaar die het burgerpanel bekijkt, en wat het panel vond.',
  },
  {
    to: '/rapportages',
    label: 'Rapportages',
    description: 'Vaste overzichten voor de planning- en controlcyclus.',
  },
  {
    to: '/bronnen',
    label: 'Bronnen',
    description: 'Waar de gegevens vandaan komen en hoe actueel ze zijn.',
  },
];
