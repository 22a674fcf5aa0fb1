/** The stages of the complaint chain (domain.md, "Complaint handling, line by line"), in order. */
export const CHAIN_STAGES = {
  eerste_lijn_aanbieder: { label: 'Eerste lijn: aanbieder', lines: ['eerste_lijn_aanbieder'], routes: null },
  gemeente_informeel: {
    label: 'Gemeente: informeel',
    lines: ['eerste_lijn_gemeente'],
    routes: ['informeel'],
  },
  gemeente_formeel: {
    label: 'Gemeente: formeel (incl. bemiddeling)',
    lines: ['eerste_lijn_gemeente'],
    routes: ['formeel', 'bemiddeling'],
  },
  gemeente_onbekend: {
    label: 'Gemeente: route onbekend',
    lines: ['eerste_lijn_gemeente'],
    routes: ['onbekend'],
  },
  tweede_lijn: { label: 'Tweede lijn: ombudsman', lines: ['tweede_lijn'], routes: null },
} as const satisfies Record<
  string,
  { label: string; lines: readonly string[]; routes: readonly string[] | null }
>;
export type ChainStageName = keyof typeof CHAIN_STAGES;

/** Steps a citizen can take from one line to the next, followed by pseudonym (subject_key). */
export const CHAIN_TRANSITIONS = [
  { from: 'eerste_lijn_aanbieder', to: 'eerste_lijn_gemeente', label: 'Van aanbieder naar gemeente' },
  { from: 'eerste_lijn_gemeente', to: 'tweede_lijn', label: 'Van gemeente naar ombudsman' },
  { from: 'eerste_lijn_aanbieder', to: 'tweede_lijn', label: 'Van aanbieder naar ombudsman' },
] as const;

export const DEFAULT_WINDOW_DAYS = 365;
export const MAX_WINDOW_DAYS = 730;
