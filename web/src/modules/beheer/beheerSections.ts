export interface BeheerSection {
  /** Route below /beheer; App.tsx renders it inside BeheerLayout. */
  to: string;
  label: string;
  /** One B1 sentence: what you arrange there. */
  description: string;
}

// Literal list, greppable; a new Beheer page adds one entry here and one route in App.tsx.
export const beheerSections: readonly BeheerSection[] = [
  {
    to: '/beheer/gemeenten',
    label: 'Gemeenten',
    description: 'Gemeenten met hun CBS-code, regio en aantal inwoners per jaar.',
  },
  {
    to: '/beheer/organisaties',
    label: 'Organisaties',
    description:
      'Aanbieders, ombudsman en andere organisaties, met andere schrijfwijzen. Twee dezelfde samenvoegen.',
  },
  {
    to: '/beheer/contracten',
    label: 'Contracten',
    description: 'Welke aanbieder voor welk domein een contract heeft, en tot wanneer.',
  },
  {
    to: '/beheer/termijnen',
    label: 'Termijnen',
    description:
      'Eigen afhandeltermijnen per bron, thema of soort, zoals een termijn uit een contract. Anders geldt de wet.',
  },
  {
    to: '/beheer/profielen',
    label: 'Profielen',
    description: 'Hoe een export wordt gelezen: eerst een voorbeeld bekijken, dan het profiel opslaan.',
  },
  {
    to: '/beheer/gebruikers',
    label: 'Gebruikers',
    description: 'Accounts maken, rol en gemeente wijzigen, uitzetten en een nieuw wachtwoord geven.',
  },
];
