import type { Dimension } from '@/generated/graphql';

/** `?verdeling=` of the Thema's page, in Dutch words, and the catalog dimension behind it. */
export const breakdownDimensions = {
  kanaal: {
    dimension: 'channel',
    label: 'Kanaal',
    definition: 'Hoe de klacht of het signaal binnenkwam: telefoon, e-mail, formulier, balie, ...',
  },
  indiener: {
    dimension: 'complainantType',
    label: 'Indiener',
    definition: 'Wie klaagde: inwoner, ouder, jongere, professional of vertegenwoordiger.',
  },
  soort: { dimension: 'kind', label: 'Soort', definition: 'Klacht, signaal, melding of hulpvraag.' },
  wijk: {
    dimension: 'neighbourhood',
    label: 'Wijk',
    definition:
      'De CBS-wijk of -buurt van de inwoner, met de naam uit de geladen CBS-grenzen; "Onbekend" als die ontbreekt. Bij deze verdeling staat ook een kaart.',
  },
} as const satisfies Record<string, { dimension: Dimension; label: string; definition: string }>;

export type BreakdownKey = keyof typeof breakdownDimensions;

export function isBreakdownKey(value: string | null): value is BreakdownKey {
  return value !== null && Object.hasOwn(breakdownDimensions, value);
}
