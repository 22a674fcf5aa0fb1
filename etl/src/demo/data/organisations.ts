/**
 * The fictional municipality Lusdonk and the organisations in its social domain. The codes are the
 * ones the demo exports and the source profiles (etl/profiles/*.yaml) use; reference.ts inserts them.
 */
export type DemoDomain = 'wmo' | 'jeugd' | 'werk_inkomen' | 'schuldhulp' | 'inburgering';
export type OrganisationKind = 'gemeente' | 'aanbieder' | 'ombudsman' | 'samenwerkingsverband';

export const DEMO_MUNICIPALITY = {
  code: 'GM9901',
  name: 'Lusdonk',
  region: 'Regio Lusland',
  province: 'Gelderland',
} as const;

/** Inhabitants on 1 January and people with at least one social-domain provision that year. */
export const DEMO_POPULATION: readonly { year: number; population: number; clients: number }[] = [
  { year: 2021, population: 83_912, clients: 9_420 },
  { year: 2022, population: 84_365, clients: 9_705 },
  { year: 2023, population: 84_830, clients: 10_040 },
  { year: 2024, population: 85_214, clients: 10_390 },
  { year: 2025, population: 85_640, clients: 10_815 },
  { year: 2026, population: 86_027, clients: 11_160 },
];

/** CBS-style neighbourhood codes: WK + municipality number + two digits. */
export const DEMO_NEIGHBOURHOODS: readonly { code: string; name: string; weight: number }[] = [
  { code: 'WK990101', name: 'Centrum', weight: 14 },
  { code: 'WK990102', name: 'Lusdonk-Noord', weight: 16 },
  { code: 'WK990103', name: 'De Velden', weight: 13 },
  { code: 'WK990104', name: 'Havenkwartier', weight: 17 },
  { code: 'WK990105', name: 'Oosterhout', weight: 11 },
  { code: 'WK990106', name: 'Zuidrand', weight: 12 },
  { code: 'WK990107', name: 'Westerpark', weight: 10 },
  { code: 'WK990108', name: 'Buitengebied', weight: 7 },
];

export interface DemoOrganisation {
  code: string;
  name: string;
  kind: OrganisationKind;
  /** Contracted domains (empty for the municipality and the ombudsman). */
  domains: readonly DemoDomain[];
  contractStart: string;
  contractReference: string | null;
  /** Sends its own complaint list (profile aanbieder-klachtenlijst) besides the half-year report. */
  sendsCaseList: boolean;
  /** How the organisation's name is written in exports (first = how it writes itself). */
  spellings: readonly string[];
  /** Relative complaint volume among the providers. */
  volume: number;
}

export const MUNICIPALITY_ORGANISATION = 'gemeente-lusdonk';
export const OMBUDSMAN_ORGANISATION = 'ombudsman-lusland';

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    code: MUNICIPALITY_ORGANISATION,
    name: 'Gemeente Lusdonk',
    kind: 'gemeente',
    domains: [],
    contractStart: '2015-01-01',
    contractReference: null,
    sendsCaseList: false,
    spellings: ['Gemeente Lusdonk', 'Gemeente', 'Lusdonk'],
    volume: 0,
  },
  {
    code: OMBUDSMAN_ORGANISATION,
    name: 'Ombudsman Lusland',
    kind: 'ombudsman',
    domains: [],
    contractStart: '2015-01-01',
    contractReference: null,
    sendsCaseList: false,
    spellings: ['Ombudsman Lusland'],
    volume: 0,
  },
  {
    code: 'jeugdzorg-kompas',
    name: 'Kompas Jeugdzorg',
    kind: 'aanbieder',
    domains: ['jeugd'],
    contractStart: '2020-01-01',
    contractReference: 'SDL-2020-J01',
    sendsCaseList: true,
    spellings: ['Kompas Jeugdzorg B.V.', 'Kompas Jeugdzorg', 'Kompas'],
    volume: 11,
  },
  {
    code: 'ggz-de-wissel',
    name: 'De Wissel Jeugd-GGZ',
    kind: 'aanbieder',
    domains: ['jeugd'],
    contractStart: '2020-01-01',
    contractReference: 'SDL-2020-J02',
    sendsCaseList: true,
    spellings: ['De Wissel Jeugd-GGZ', 'De Wissel', 'Wissel jeugd-ggz'],
    volume: 8,
  },
  {
    code: 'jeugdhulp-horizon',
    name: 'Horizon Jeugdhulp',
    kind: 'aanbieder',
    domains: ['jeugd'],
    contractStart: '2020-01-01',
    contractReference: 'SDL-2020-J03',
    sendsCaseList: true,
    spellings: ['Stichting Horizon Jeugdhulp', 'Horizon Jeugdhulp', 'Horizon'],
    volume: 9,
  },
  {
    code: 'jeugdbescherming-lusland',
    name: 'Jeugdbescherming Lusland',
    kind: 'aanbieder',
    domains: ['jeugd'],
    contractStart: '2020-01-01',
    contractReference: 'SDL-2020-J04',
    sendsCaseList: false,
    spellings: ['Jeugdbescherming Lusland', 'JB Lusland'],
    volume: 5,
  },
  {
    code: 'thuiszorg-de-linde',
    name: 'Thuiszorg De Linde',
    kind: 'aanbieder',
    domains: ['wmo'],
    contractStart: '2020-01-01',
    contractReference: 'SDL-2020-W01',
    sendsCaseList: true,
    spellings: ['Thuiszorg De Linde', 'De Linde', 'Thuiszorg de Linde'],
    volume: 12,
  },
  {
    code: 'zorggroep-rivierland',
    name: 'Zorggroep Rivierland',
    kind: 'aanbieder',
    domains: ['wmo'],
    contractStart: '2020-01-01',
    contractReference: 'SDL-2020-W02',
    sendsCaseList: false,
    spellings: ['Zorggroep Rivierland', 'Rivierland'],
    volume: 7,
  },
  {
    code: 'mobicare-hulpmiddelen',
    name: 'MobiCare Hulpmiddelen',
    kind: 'aanbieder',
    domains: ['wmo'],
    contractStart: '2020-01-01',
    contractReference: 'SDL-2020-W03',
    sendsCaseList: true,
    spellings: ['MobiCare Hulpmiddelen', 'MobiCare', 'Mobicare'],
    volume: 7,
  },
  {
    code: 'regiotaxi-lusland',
    name: 'Regiotaxi Lusland',
    kind: 'samenwerkingsverband',
    domains: ['wmo'],
    contractStart: '2019-01-01',
    contractReference: 'GR-VERVOER-2019',
    sendsCaseList: false,
    spellings: ['Regiotaxi Lusland', 'Regiotaxi'],
    volume: 8,
  },
  {
    code: 'kredietbank-lusland',
    name: 'Kredietbank Lusland',
    kind: 'samenwerkingsverband',
    domains: ['schuldhulp'],
    contractStart: '2018-01-01',
    contractReference: 'GR-KBL-2018',
    sendsCaseList: false,
    spellings: ['Kredietbank Lusland', 'Kredietbank', 'KBL'],
    volume: 5,
  },
  {
    code: 'schuldhulp-op-orde',
    name: 'Stichting Op Orde',
    kind: 'aanbieder',
    domains: ['schuldhulp'],
    contractStart: '2021-01-01',
    contractReference: 'SDL-2021-S01',
    sendsCaseList: false,
    spellings: ['Stichting Op Orde', 'Op Orde'],
    volume: 3,
  },
  {
    code: 'werkbedrijf-lusland',
    name: 'Werkbedrijf Lusland',
    kind: 'samenwerkingsverband',
    domains: ['werk_inkomen'],
    contractStart: '2018-01-01',
    contractReference: 'GR-WBL-2018',
    sendsCaseList: false,
    spellings: ['Werkbedrijf Lusland', 'Werkbedrijf'],
    volume: 5,
  },
  {
    // The Wet inburgering 2021 took effect on 1 January 2022.
    code: 'taalpunt-lusland',
    name: 'Taalpunt Lusland',
    kind: 'aanbieder',
    domains: ['inburgering'],
    contractStart: '2022-01-01',
    contractReference: 'SDL-2022-I01',
    sendsCaseList: false,
    spellings: ['Taalpunt Lusland', 'Taalpunt'],
    volume: 3,
  },
];

export const CONTRACTED_PROVIDERS = DEMO_ORGANISATIONS.filter(
  (organisation) => organisation.domains.length > 0,
);

export function organisationByCode(code: string): DemoOrganisation {
  const found = DEMO_ORGANISATIONS.find((organisation) => organisation.code === code);
  if (!found) throw new Error(`Unknown demo organisation ${code}`);
  return found;
}
