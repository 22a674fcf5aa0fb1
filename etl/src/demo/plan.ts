import { MUNICIPALITY_ORGANISATION, OMBUDSMAN_ORGANISATION } from './data/organisations';

/** The demo's period, defaults and the patterns it plants (see generate.ts for what each pattern means). */
export const DEMO_PERIOD = { from: '2021-01-01', to: '2026-09-30' } as const;
export const DEFAULT_DEMO_RECORDS = 20_000;
export const DEFAULT_DEMO_SEED = 2015;

export const WAITING_THEMES = [
  'wachttijd',
  'wachttijd_toegang',
  'wachttijd_levering',
  'wachttijd_behandeling',
  'wachtlijst_jeugd_ggz',
] as const;

/** The patterns the generator plants; tests and dashboard checks assert them. See generate.ts. */
export const PLANTED_PATTERNS = {
  asOf: DEMO_PERIOD.to,
  waitingTimeRise: {
    domain: 'jeugd',
    themeCodes: WAITING_THEMES,
    organisationCodes: ['jeugdzorg-kompas', 'ggz-de-wissel', 'jeugdhulp-horizon'],
    risingQuarters: ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'],
    baselineQuarters: ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'],
    /** Complaints in the provider's own list, relative to its usual quarterly level. */
    providerListFactors: [1.8, 2.8, 4, 5.5],
    /** Municipal complaints about the provider, relative to the usual quarterly level. */
    municipalFactors: [1.5, 2.5, 3.5, 5],
    profiles: ['aanbieder-klachtenlijst', 'gemeente-klachten', 'aanbieder-halfjaarrapportage'],
  },
  bouncingCitizens: {
    groupSize: 30,
    minimumOrganisations: 3,
    windowDays: 183,
    organisationCodes: [
      MUNICIPALITY_ORGANISATION,
      OMBUDSMAN_ORGANISATION,
      'jeugdzorg-kompas',
      'ggz-de-wissel',
      'jeugdhulp-horizon',
      'thuiszorg-de-linde',
      'mobicare-hulpmiddelen',
    ],
    profiles: ['gemeente-klachten', 'aanbieder-klachtenlijst', 'ombudsman-zaken'],
  },
  lateProviderReports: {
    organisationCode: 'zorggroep-rivierland',
    lateByDays: { min: 21, max: 56 },
    missingPeriod: { start: '2024-01-01', end: '2024-06-30', dueOn: '2024-12-01' },
    dueRule:
      'januari-juni: vóór 1 december van hetzelfde jaar; juli-december: vóór 1 juli van het volgende jaar',
    profile: 'aanbieder-halfjaarrapportage',
  },
  upheldObjectionSpike: {
    law: 'participatiewet',
    themeCode: 'terugvordering',
    decisionType: 'Herziening en terugvordering bijstand',
    dateField: 'decided_on',
    period: { from: '2026-04-01', to: '2026-09-30' },
    quarters: ['2026-Q2', '2026-Q3'],
    upheldShare: { before: 0.12, during: 0.75 },
    profile: 'bezwaarbeslissingen',
  },
  /** Minimums hold from about 2,000 records; below that there are too few closed complaints. */
  repeatedComplaints: { minimum: 20, sameTheme: true, profile: 'gemeente-klachten' },
  escalations: { minimum: 20, from: 'gemeente-klachten', to: 'ombudsman-zaken' },
  missingFeedback: { organisationCode: 'jeugdhulp-horizon', share: 0.3, usualShare: 0.07 },
} as const;

export const AS_OF = DEMO_PERIOD.to;
export const RISE_FROM = '2025-10-01';
export const QUARTER_STARTS = ['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01'] as const;
export const QUARTER_ENDS = ['2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30'] as const;
export const QUARTERS_IN_PERIOD = 23;
