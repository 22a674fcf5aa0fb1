/**
 * Deterministic demo exports for the fictional municipality Lusdonk (GM9901), one or more files per
 * source, each in that source's own format (see etl/profiles/*.yaml and docs/themes.md):
 *
 *   gemeente-klachten             gemeente-lusdonk-klachten-2021-2023.csv and -2024-2026.csv
 *                                 ;  Windows-1252, dd-mm-jjjj, CRLF, quoted multi-line descriptions
 *   aanbieder-klachtenlijst       aanbieder-klachtenlijst-<code>.csv (5 providers)
 *                                 ,  UTF-8 with BOM, jjjj-mm-dd
 *   aanbieder-halfjaarrapportage  halfjaarrapportages-aanbieders-2021-2026.xlsx
 *                                 sheet "Klachtenrapportage" (after a "Toelichting" sheet); Excel dates,
 *                                 two providers type dates as text dd-mm-jjjj
 *   ombudsman-zaken               ombudsman-lusland-zaken.json: {"zaken": [...]}, ISO dates, nested
 *                                 "aanbeveling": {"gedaan", "opgevolgd"}
 *   bezwaarbeslissingen           bezwaarbeslissingen-2021-2026.tsv: tab, UTF-8, "3 april 2024" and
 *                                 dd-mm-jjjj mixed (per lawyer)
 *
 * Period 2021-01-01 .. 2026-09-30 (the "as of" date). Default about 20,000 case records in total
 * (municipality ~44 %, provider lists ~47 %, ombudsman ~3 %, plus the links below), about 3,000
 * objection decisions and a half-year report for every contracted provider and half-year. The same
 * seed always gives byte-identical files (seedrandom; no clock, no Math.random()).
 *
 * Free text is assembled from templates (data/texts.ts) and contains personal data on purpose (phone
 * numbers, e-mail addresses, BSNs that pass the eleven test, IBANs, addresses) so the ETL's redaction
 * is visible. Every citizen identifier is a fake BSN that passes the eleven test.
 *
 * PLANTED PATTERNS (what the dashboard must reveal; PLANTED_PATTERNS below has the exact values):
 *
 * (a) Waiting times in youth care rise sharply. In the last four quarters (2025-Q4 .. 2026-Q3) the
 *     number of complaints with theme `wachttijd` or one of its subthemes (wachttijd_toegang,
 *     wachttijd_levering, wachttijd_behandeling, wachtlijst_jeugd_ggz), domain jeugd, rises every
 *     quarter at jeugdzorg-kompas, ggz-de-wissel and jeugdhulp-horizon: in their own complaint lists
 *     (1.8x, 2.8x, 4x, 5.5x the usual quarterly level) and in the municipal complaints about them
 *     (subject organisation = the provider; 1.5x, 2.5x, 3.5x, 5x). Their half-year reports show the
 *     same rise under "Wachttijd".
 * (b) Citizens bouncing between organisations ("tussen wal en schip"): 30 citizens (BSNs) each have
 *     records at 3 or 4 different organisations within 183 days: a complaint at one provider, a
 *     complaint at the municipality, a complaint at a second provider of the same domain and (for two
 *     in three) a case at the ombudsman. Jeugd: jeugdzorg-kompas / ggz-de-wissel / jeugdhulp-horizon;
 *     Wmo: thuiszorg-de-linde / mobicare-hulpmiddelen. No other citizen reaches 3 organisations.
 * (c) Late provider reports: zorggroep-rivierland submits every half-year report 21-56 days after
 *     the due date and never sends the report for 2024-H1. Due dates: a January-June report before
 *     1 December of that year, a July-December report before 1 July of the next year (the first
 *     contractual deadline after the period, seed 003); the reports carry them in "Uiterste
 *     inleverdatum". Every other provider reports on time.
 * (d) Spike of upheld objections: objection decisions under the Participatiewet about "Herziening en
 *     terugvordering bijstand" (theme `terugvordering`) decided in 2026-Q2 and 2026-Q3 are mostly
 *     gegrond (about 75 % against about 12 % before) and far more numerous; the summaries name the
 *     system error (income from the UWV link counted twice).
 * Also: repeat complaints (same citizen, same theme, at the municipality again after closure), escalations
 * to the ombudsman after a formal municipal complaint, citizens the ombudsman sends back to the
 * municipality (who then complain there "via ombudsman"), municipal complaints about a provider's
 * complaint handling, and complaints without feedback to the complainant (most at jeugdhulp-horizon).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CONTRACTED_PROVIDERS,
  DEMO_NEIGHBOURHOODS,
  MUNICIPALITY_ORGANISATION,
  OMBUDSMAN_ORGANISATION,
  organisationByCode,
  type DemoDomain,
} from './data/organisations';
import {
  addDays,
  BsnPool,
  DayDistribution,
  daysBetween,
  dutchDate,
  dutchLongDate,
  Random,
  toDate,
  weekday,
  workingDayOnOrAfter,
} from './data/random';
import { caseText, measuresText, objectionSummary, type Writer } from './data/texts';
import {
  AANBIEDER_BEHANDELING,
  AANBIEDER_CATEGORIE,
  AANBIEDER_DOMEIN,
  AANBIEDER_INDIENER,
  AANBIEDER_KANAAL,
  AANBIEDER_MAATREGEL,
  AANBIEDER_OORDEEL,
  AANBIEDER_SOORT,
  AANBIEDER_VAGUE_CATEGORIE,
  BEZWAAR_BEHANDELAARS,
  BEZWAAR_BESLUIT,
  BEZWAAR_UITKOMST,
  BEZWAAR_WET,
  causesFor,
  GEMEENTE_AFDELING,
  GEMEENTE_DOMEIN,
  GEMEENTE_INDIENER,
  GEMEENTE_KANAAL,
  GEMEENTE_MAATREGEL,
  GEMEENTE_ONDERWERP,
  GEMEENTE_ROUTE,
  GEMEENTE_SOORT,
  GEMEENTE_UITKOMST,
  GEMEENTE_VAGUE_ONDERWERP,
  OMBUDSMAN_AFDOENING,
  OMBUDSMAN_DOMEIN,
  OMBUDSMAN_INDIENER,
  OMBUDSMAN_KANAAL,
  OMBUDSMAN_ONDERWERP,
  OMBUDSMAN_SOORT,
  OMBUDSMAN_VAGUE_ONDERWERP,
  RAPPORTAGE_AARD,
  RAPPORTAGE_DOMEIN,
  RAPPORTAGE_NO_COMPLAINTS,
  type DecisionType,
} from './data/vocabulary';
import {
  ABOUT_PROVIDER_SHARE,
  type Domain,
  MUNICIPAL_TASKS,
  MUNICIPAL_THEMES,
  PROVIDER_THEMES,
  type Weights,
} from './data/weights';
import { type Cell, writeDelimited, writeJson, writeXlsx } from './data/writers';

export const DEMO_PERIOD = { from: '2021-01-01', to: '2026-09-30' } as const;
export const DEFAULT_DEMO_RECORDS = 20_000;
export const DEFAULT_DEMO_SEED = 2015;

const WAITING_THEMES = [
  'wachttijd',
  'wachttijd_toegang',
  'wachttijd_levering',
  'wachttijd_behandeling',
  'wachtlijst_jeugd_ggz',
] as const;

/** The patterns the generator plants; tests and dashboard checks assert them. See the comment above. */
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

export interface GeneratedFile {
  file: string;
  profile: string;
}

// ---------------------------------------------------------------------------------------------
// Simulation model
// ---------------------------------------------------------------------------------------------

type Kind = 'klacht' | 'signaal' | 'melding' | 'hulpvraag';
type Route = 'informeel' | 'formeel' | 'bemiddeling';
type Source = 'gemeente' | 'aanbieder' | 'ombudsman';

interface SimCase {
  source: Source;
  sourceOrg: string;
  subjectOrg: string;
  kind: Kind;
  domain: Domain;
  theme: string;
  /** The source's own category label. */
  category: string;
  channel: string;
  complainant: string;
  route: Route | null;
  received: string;
  acknowledged: string | null;
  closed: string | null;
  extended: boolean;
  externalCommittee: boolean;
  outcome: string;
  measures: string[];
  feedback: boolean | null;
  recommendationMade: boolean | null;
  recommendationFollowed: boolean | null;
  bsn: string | null;
  neighbourhood: string | null;
  text: string;
  cause: string;
  /** Links that must not be reused for other patterns. */
  tag:
    | 'basis'
    | 'planted-wait'
    | 'bounce'
    | 'repeat'
    | 'escalation'
    | 'provider-link'
    | 'via-ombudsman'
    | 'premature';
}

interface SimObjection {
  law: string;
  decision: DecisionType;
  primary: string;
  received: string;
  decided: string | null;
  committee: boolean;
  extended: boolean;
  outcome: keyof typeof BEZWAAR_UITKOMST;
  bsn: string;
  handler: (typeof BEZWAAR_BEHANDELAARS)[number];
  summary: string;
}

interface ReportLine {
  provider: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  submittedOn: string;
  domain: DemoDomain;
  aard: string;
  cause: string;
  count: number;
  upheld: number;
  resolved: number;
  measures: string;
}

const AS_OF = DEMO_PERIOD.to;
const RISE_FROM = '2025-10-01';
const QUARTER_STARTS = ['2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01'] as const;
const QUARTER_ENDS = ['2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30'] as const;
const QUARTERS_IN_PERIOD = 23;

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

class DemoWorld {
  readonly cases: SimCase[] = [];
  readonly objections: SimObjection[] = [];
  readonly reports: ReportLine[] = [];
  private readonly random: Random;
  private readonly bsns: BsnPool;
  private readonly days: DayDistribution;
  private readonly caseListProviders = CONTRACTED_PROVIDERS.filter((provider) => provider.sendsCaseList);
  private complainants: string[] = [];

  constructor(
    private readonly records: number,
    seed: number,
  ) {
    this.random = new Random(seed);
    this.bsns = new BsnPool(new Random(`${seed}:bsn`));
    this.days = new DayDistribution(DEMO_PERIOD.from, DEMO_PERIOD.to, (day) => {
      const month = Number(day.slice(5, 7));
      const years = daysBetween(DEMO_PERIOD.from, day) / 365;
      const season = month === 7 ? 0.8 : month === 8 ? 0.75 : month === 12 ? 0.85 : month === 1 ? 1.1 : 1;
      const dow = weekday(day);
      const week = dow === 0 ? 0.15 : dow === 6 ? 0.25 : 1;
      return (1 + 0.08 * years) * season * week;
    });
  }

  build(): void {
    this.municipalBaseline(Math.round(this.records * 0.43));
    this.providerBaseline(Math.round(this.records * 0.47));
    this.plantWaitingTimeRise();
    this.plantBouncingCitizens();
    this.providerComplaintsAtMunicipality();
    this.repeatComplaints();
    this.ombudsman();
    this.objectionDecisions(Math.round(this.records * 0.15));
    this.providerReports();
  }

  // ---- small helpers ----

  private scale(perTwentyThousand: number): number {
    return (this.records / DEFAULT_DEMO_RECORDS) * perTwentyThousand;
  }

  private isRiseSuppressed(org: string, domain: Domain, date: string, theme: string): boolean {
    return (
      domain === 'jeugd' &&
      date >= RISE_FROM &&
      (PLANTED_PATTERNS.waitingTimeRise.organisationCodes as readonly string[]).includes(org) &&
      (WAITING_THEMES as readonly string[]).includes(theme)
    );
  }

  /** A theme by weight; waiting themes are kept out of the planted providers' rise period. */
  private theme(weights: Weights, org: string, domain: Domain, date: string): string {
    for (;;) {
      const theme = this.random.weighted(weights);
      if (!this.isRiseSuppressed(org, domain, date, theme)) return theme;
    }
  }

  private neighbourhood(): string | null {
    if (this.random.chance(0.08)) return null;
    return this.random.weighted(DEMO_NEIGHBOURHOODS.map((n) => [n.code, n.weight] as const));
  }

  private dayInRange(from: string, to: string): string {
    return workingDayOnOrAfter(addDays(from, this.random.int(0, Math.max(0, daysBetween(from, to) - 3))));
  }

  private handling(route: Route | null, kind: Kind): { days: number; extended: boolean; committee: boolean } {
    const r = this.random;
    if (kind !== 'klacht' || route === null) return { days: r.int(0, 21), extended: false, committee: false };
    if (route === 'informeel') {
      return r.chance(0.05)
        ? { days: r.int(43, 90), extended: false, committee: false }
        : { days: r.int(2, 35), extended: false, committee: false };
    }
    if (route === 'bemiddeling') return { days: r.int(20, 80), extended: r.chance(0.3), committee: false };
    if (r.chance(0.06)) return { days: r.int(45, 98), extended: r.chance(0.5), committee: true };
    const roll = r.float();
    if (roll < 0.7) return { days: r.int(20, 42), extended: false, committee: false };
    if (roll < 0.86) return { days: r.int(43, 70), extended: true, committee: false };
    return { days: r.int(43, 130), extended: false, committee: false };
  }

  private measures(outcome: string): string[] {
    const r = this.random;
    if (outcome === 'gegrond' || outcome === 'deels_gegrond') {
      const first = r.weighted([
        ['excuses', 5],
        ['werkwijze_aangepast', 3],
        ['besluit_herzien', 2],
        ['financiele_compensatie', 1],
        ['medewerker_aangesproken', 2],
        ['beleid_aangepast', 1],
      ] as const);
      const second = r.chance(0.4) ? r.pick(['uitleg', 'excuses', 'werkwijze_aangepast'] as const) : first;
      return first === second ? [first] : [first, second];
    }
    if (outcome === 'ongegrond') return r.chance(0.5) ? ['uitleg'] : ['geen'];
    if (outcome === 'opgelost') return r.chance(0.5) ? [r.pick(['uitleg', 'excuses'] as const)] : [];
    return [];
  }

  private close(
    received: string,
    route: Route | null,
    kind: Kind,
    outcomeOf: () => string,
  ): Pick<SimCase, 'closed' | 'extended' | 'externalCommittee' | 'outcome' | 'acknowledged'> {
    const { days, extended, committee } = this.handling(route, kind);
    const closed = addDays(received, days);
    const acknowledged =
      kind === 'klacht' && this.random.chance(0.85) ? addDays(received, this.random.int(0, 6)) : null;
    if (closed > AS_OF) {
      return {
        closed: null,
        extended: extended && addDays(received, 42) <= AS_OF,
        externalCommittee: committee,
        outcome: 'lopend',
        acknowledged: acknowledged !== null && acknowledged <= AS_OF ? acknowledged : null,
      };
    }
    return { closed, extended, externalCommittee: committee, outcome: outcomeOf(), acknowledged };
  }

  private municipalOutcome(kind: Kind, route: Route | null): string {
    const r = this.random;
    if (kind === 'signaal' || kind === 'melding') return r.chance(0.5) ? 'doorverwezen' : 'opgelost';
    if (kind === 'hulpvraag') return r.chance(0.7) ? 'opgelost' : 'doorverwezen';
    if (route === 'informeel') {
      return r.weighted([
        ['opgelost', 70],
        ['doorverwezen', 15],
        ['ingetrokken', 5],
        ['gegrond', 5],
        ['deels_gegrond', 5],
      ] as const);
    }
    if (route === 'bemiddeling') {
      return r.weighted([
        ['opgelost', 70],
        ['ingetrokken', 10],
        ['deels_gegrond', 20],
      ] as const);
    }
    return r.weighted([
      ['gegrond', 25],
      ['deels_gegrond', 20],
      ['ongegrond', 40],
      ['niet_ontvankelijk', 7],
      ['ingetrokken', 8],
    ] as const);
  }

  private providerFor(domain: Domain, theme: string): string {
    if (
      domain === 'overig' ||
      MUNICIPAL_TASKS.has(theme) ||
      !this.random.chance(ABOUT_PROVIDER_SHARE[domain])
    ) {
      return MUNICIPALITY_ORGANISATION;
    }
    const candidates = CONTRACTED_PROVIDERS.filter((provider) => provider.domains.includes(domain))
      .map((provider) => {
        const themeWeight = PROVIDER_THEMES[provider.code]?.find(([code]) => code === theme)?.[1] ?? 0;
        return [provider.code, provider.volume * themeWeight] as const;
      })
      .filter(([, weight]) => weight > 0);
    return candidates.length === 0 ? MUNICIPALITY_ORGANISATION : this.random.weighted(candidates);
  }

  private municipalChannel(domain: Domain): string {
    return this.random.weighted([
      ['telefoon', 35],
      ['email', 20],
      ['webformulier', 18],
      ['brief', 8],
      ['balie', 7],
      ['keukentafel', domain === 'wmo' || domain === 'jeugd' ? 5 : 0],
      ['sociale_media', 2],
      ['via_aanbieder', 3],
      ['onbekend', 1],
    ] as const);
  }

  private complainant(domain: Domain): string {
    return domain === 'jeugd'
      ? this.random.weighted([
          ['ouder', 55],
          ['jongere', 12],
          ['professional', 10],
          ['vertegenwoordiger', 8],
          ['burger', 10],
          ['onbekend', 5],
        ] as const)
      : this.random.weighted([
          ['burger', 70],
          ['vertegenwoordiger', 15],
          ['professional', 7],
          ['onbekend', 8],
        ] as const);
  }

  private writerFor(channel: string): Writer {
    return channel === 'email' ||
      channel === 'webformulier' ||
      channel === 'brief' ||
      channel === 'sociale_media'
      ? 'burger'
      : 'kcc';
  }

  private municipalCategory(theme: string, vague: boolean): string {
    if (vague) return this.random.pick(GEMEENTE_VAGUE_ONDERWERP);
    return this.random.pick(GEMEENTE_ONDERWERP[theme] ?? GEMEENTE_VAGUE_ONDERWERP);
  }

  private providerName(code: string): string {
    return organisationByCode(code).name;
  }

  /** One municipal record; the caller may override parts (links between records). */
  private municipalCase(
    input: Partial<SimCase> & { received: string; domain: Domain; theme: string },
    options: { vague?: boolean; kind?: Kind } = {},
  ): SimCase {
    const r = this.random;
    const kind =
      options.kind ??
      input.kind ??
      r.weighted([
        ['klacht', 55],
        ['signaal', 15],
        ['melding', 15],
        ['hulpvraag', 15],
      ] as const);
    const route: Route | null =
      kind === 'klacht'
        ? r.weighted([
            ['informeel', 68],
            ['formeel', 27],
            ['bemiddeling', 5],
          ] as const)
        : null;
    const subjectOrg = input.subjectOrg ?? this.providerFor(input.domain, input.theme);
    const channel = input.channel ?? this.municipalChannel(input.domain);
    const bsnRate = kind === 'signaal' ? 0.6 : kind === 'klacht' ? 0.95 : 0.88;
    const bsn = input.bsn !== undefined ? input.bsn : r.chance(bsnRate) ? this.bsns.next() : null;
    const closing = this.close(input.received, route, kind, () => this.municipalOutcome(kind, route));
    const feedback = closing.closed === null ? null : kind === 'klacht' ? r.chance(0.93) : r.chance(0.75);
    const provider = subjectOrg === MUNICIPALITY_ORGANISATION ? undefined : this.providerName(subjectOrg);
    return {
      source: 'gemeente',
      sourceOrg: MUNICIPALITY_ORGANISATION,
      subjectOrg,
      kind,
      domain: input.domain,
      theme: input.theme,
      category: input.category ?? this.municipalCategory(input.theme, options.vague ?? r.chance(0.15)),
      channel,
      complainant: input.complainant ?? this.complainant(input.domain),
      route,
      received: input.received,
      ...closing,
      measures: this.measures(closing.outcome),
      feedback,
      recommendationMade: null,
      recommendationFollowed: null,
      bsn,
      neighbourhood: input.neighbourhood !== undefined ? input.neighbourhood : this.neighbourhood(),
      text:
        input.text ??
        caseText(r, input.theme, this.writerFor(channel), {
          bsn: bsn ?? undefined,
          ...(provider ? { provider } : {}),
        }),
      cause: '',
      tag: input.tag ?? 'basis',
    };
  }

  private providerCase(org: string, input: Partial<SimCase> & { received: string; theme: string }): SimCase {
    const r = this.random;
    const provider = organisationByCode(org);
    const domain = (provider.domains[0] ?? 'wmo') as Domain;
    const kind: Kind =
      input.kind ??
      r.weighted([
        ['klacht', 85],
        ['signaal', 10],
        ['melding', 5],
      ] as const);
    const route: Route = r.weighted([
      ['informeel', 80],
      ['formeel', 15],
      ['bemiddeling', 5],
    ] as const);
    const closing = this.close(input.received, kind === 'klacht' ? route : null, kind, () =>
      route === 'formeel'
        ? r.weighted([
            ['gegrond', 30],
            ['deels_gegrond', 25],
            ['ongegrond', 35],
            ['niet_ontvankelijk', 10],
          ] as const)
        : r.weighted([
            ['opgelost', 60],
            ['gegrond', 10],
            ['deels_gegrond', 10],
            ['ongegrond', 10],
            ['ingetrokken', 10],
          ] as const),
    );
    const noFeedback =
      org === PLANTED_PATTERNS.missingFeedback.organisationCode
        ? PLANTED_PATTERNS.missingFeedback.share
        : PLANTED_PATTERNS.missingFeedback.usualShare;
    const bsn = input.bsn !== undefined ? input.bsn : r.chance(0.88) ? this.bsns.next() : null;
    const complainant =
      domain === 'jeugd'
        ? r.weighted([
            ['ouder', 60],
            ['jongere', 15],
            ['vertegenwoordiger', 10],
            ['professional', 10],
            ['onbekend', 5],
          ] as const)
        : r.weighted([
            ['burger', 65],
            ['vertegenwoordiger', 25],
            ['professional', 5],
            ['onbekend', 5],
          ] as const);
    const categories = AANBIEDER_CATEGORIE[input.theme];
    const vague = !categories || r.chance(0.1);
    return {
      source: 'aanbieder',
      sourceOrg: org,
      subjectOrg: org,
      kind,
      domain,
      theme: input.theme,
      category: input.category ?? (vague ? r.pick(AANBIEDER_VAGUE_CATEGORIE) : r.pick(categories)),
      channel: r.weighted([
        ['telefoon', 35],
        ['email', 25],
        ['balie', 20],
        ['webformulier', 10],
        ['brief', 5],
        ['via_aanbieder', 5],
      ] as const),
      complainant,
      route: kind === 'klacht' ? route : null,
      received: input.received,
      ...closing,
      externalCommittee: kind === 'klacht' && route === 'formeel',
      measures: this.measures(closing.outcome),
      feedback: closing.closed === null ? null : !r.chance(noFeedback),
      recommendationMade: null,
      recommendationFollowed: null,
      bsn,
      neighbourhood: null,
      text: input.text ?? caseText(r, input.theme, 'aanbieder', { bsn: bsn ?? undefined, piiRate: 0.15 }),
      cause: r.pick(causesFor(input.theme)),
      tag: input.tag ?? 'basis',
    };
  }

  // ---- baseline ----

  private municipalDomain(received: string): Domain {
    return this.random.weighted([
      ['wmo', 35],
      ['jeugd', 22],
      ['werk_inkomen', 25],
      ['schuldhulp', 10],
      ['inburgering', received >= '2022-01-01' ? 5 : 0],
      ['overig', 3],
    ] as const);
  }

  private municipalBaseline(count: number): void {
    for (let i = 0; i < count; i++) {
      const received = this.days.sample(this.random);
      const domain = this.municipalDomain(received);
      let theme = this.random.weighted(MUNICIPAL_THEMES[domain]);
      const subjectOrg = this.providerFor(domain, theme);
      while (this.isRiseSuppressed(subjectOrg, domain, received, theme)) {
        theme = this.random.weighted(MUNICIPAL_THEMES[domain]);
      }
      this.cases.push(this.municipalCase({ received, domain, theme, subjectOrg }));
    }
  }

  private providerBaseline(count: number): void {
    const totalVolume = this.caseListProviders.reduce((sum, provider) => sum + provider.volume, 0);
    for (const provider of this.caseListProviders) {
      const n = Math.round((count * provider.volume) / totalVolume);
      const domain = (provider.domains[0] ?? 'wmo') as Domain;
      for (let i = 0; i < n; i++) {
        const received = this.days.sample(this.random);
        const theme = this.theme(PROVIDER_THEMES[provider.code] ?? [], provider.code, domain, received);
        this.cases.push(this.providerCase(provider.code, { received, theme }));
      }
    }
  }

  // ---- (a) waiting times in youth care ----

  private plantWaitingTimeRise(): void {
    const plan = PLANTED_PATTERNS.waitingTimeRise;
    const totalVolume = this.caseListProviders.reduce((sum, provider) => sum + provider.volume, 0);
    for (const code of plan.organisationCodes) {
      const provider = organisationByCode(code);
      const weights = PROVIDER_THEMES[code] ?? [];
      const all = weights.reduce((sum, [, w]) => sum + w, 0);
      const waiting = weights
        .filter(([theme]) => theme.startsWith('wacht'))
        .reduce((sum, [, w]) => sum + w, 0);
      const perQuarter =
        ((this.records * 0.47 * provider.volume) / totalVolume / QUARTERS_IN_PERIOD) * (waiting / all);
      const base = Math.max(3, Math.round(perQuarter));
      const waitingWeights = weights.filter(([theme]) => theme.startsWith('wacht'));
      plan.providerListFactors.forEach((factor, q) => {
        const n = Math.ceil(base * factor);
        for (let i = 0; i < n; i++) {
          const received = this.dayInRange(QUARTER_STARTS[q] ?? RISE_FROM, QUARTER_ENDS[q] ?? AS_OF);
          const theme = this.random.weighted(waitingWeights);
          const categories = AANBIEDER_CATEGORIE[theme] ?? ['Wachttijd/wachtlijst'];
          this.cases.push(
            this.providerCase(code, {
              received,
              theme,
              kind: 'klacht',
              category: this.random.pick(categories),
              tag: 'planted-wait',
            }),
          );
        }
      });
      const municipalBase = Math.max(2, Math.round(this.scale(3)));
      plan.municipalFactors.forEach((factor, q) => {
        const n = Math.ceil(municipalBase * factor);
        for (let i = 0; i < n; i++) {
          const received = this.dayInRange(QUARTER_STARTS[q] ?? RISE_FROM, QUARTER_ENDS[q] ?? AS_OF);
          const theme = this.random.weighted(waitingWeights);
          this.cases.push(
            this.municipalCase(
              {
                received,
                domain: 'jeugd',
                theme,
                subjectOrg: code,
                category: 'Wachttijd',
                tag: 'planted-wait',
              },
              { kind: 'klacht' },
            ),
          );
        }
      });
    }
  }

  // ---- (b) citizens bouncing between organisations ----

  private plantBouncingCitizens(): void {
    const plan = PLANTED_PATTERNS.bouncingCitizens;
    const youth = ['jeugdzorg-kompas', 'ggz-de-wissel', 'jeugdhulp-horizon'];
    const wmo = ['thuiszorg-de-linde', 'mobicare-hulpmiddelen'];
    for (let i = 0; i < plan.groupSize; i++) {
      const isYouth = i % 3 !== 2;
      const [first, second] = this.random.shuffle(isYouth ? youth : wmo);
      if (!first || !second) continue;
      const domain: Domain = isYouth ? 'jeugd' : 'wmo';
      const bsn = this.bsns.next();
      const start = this.dayInRange('2022-01-03', '2026-03-20');
      const providerThemes = isYouth
        ? ['jeugdhulp_kwaliteit', 'communicatie', 'informatie', 'afspraken_nakomen']
        : ['hulp_huishouden', 'hulpmiddelen', 'communicatie', 'afspraken_nakomen'];
      this.cases.push(
        this.providerCase(first, {
          received: start,
          theme: this.random.pick(providerThemes),
          bsn,
          kind: 'klacht',
          tag: 'bounce',
        }),
      );
      const municipalTheme = this.random.pick(['informatie', 'toegang_indicatie', 'communicatie']);
      this.cases.push(
        this.municipalCase(
          {
            received: workingDayOnOrAfter(addDays(start, this.random.int(14, 45))),
            domain,
            theme: municipalTheme,
            subjectOrg: first,
            bsn,
            tag: 'bounce',
            text: caseText(this.random, municipalTheme, 'kcc', {
              bsn,
              bounced: true,
              provider: this.providerName(first),
            }),
          },
          { kind: 'klacht' },
        ),
      );
      const secondTheme = this.random.pick(providerThemes);
      this.cases.push(
        this.providerCase(second, {
          received: workingDayOnOrAfter(addDays(start, this.random.int(50, 100))),
          theme: secondTheme,
          bsn,
          kind: 'klacht',
          tag: 'bounce',
          text: caseText(this.random, secondTheme, 'aanbieder', { bounced: true }),
        }),
      );
      if (i % 3 !== 1) {
        const received = workingDayOnOrAfter(addDays(start, this.random.int(110, 170)));
        this.cases.push(
          this.ombudsmanCase({
            received,
            domain,
            theme: 'informatie',
            subjectOrg: MUNICIPALITY_ORGANISATION,
            bsn,
            category: OMBUDSMAN_VAGUE_ONDERWERP[0],
            outcome: this.random.pick(['interventie', 'doorverwezen']),
            tag: 'bounce',
            text: caseText(this.random, 'informatie', 'ombudsman', { bounced: true }),
          }),
        );
      }
    }
  }

  // ---- links between records ----

  /** Citizens unhappy with how a provider handled their complaint go to the municipality. */
  private providerComplaintsAtMunicipality(): void {
    const candidates = this.cases.filter(
      (c) =>
        c.source === 'aanbieder' &&
        c.tag === 'basis' &&
        c.bsn !== null &&
        c.closed !== null &&
        c.kind === 'klacht',
    );
    for (const original of candidates) {
      if (!this.random.chance(0.012)) continue;
      const received = workingDayOnOrAfter(
        addDays(original.closed ?? original.received, this.random.int(10, 60)),
      );
      if (received > AS_OF) continue;
      original.tag = 'provider-link';
      const provider = this.providerName(original.sourceOrg);
      this.cases.push(
        this.municipalCase(
          {
            received,
            domain: original.domain,
            theme: 'klachtbehandeling',
            subjectOrg: original.sourceOrg,
            bsn: original.bsn,
            channel: this.random.pick(['telefoon', 'email', 'via_aanbieder']),
            tag: 'provider-link',
            text: caseText(this.random, 'klachtbehandeling', 'burger', {
              provider,
              bsn: original.bsn ?? undefined,
            }),
          },
          { kind: 'klacht', vague: false },
        ),
      );
    }
  }

  /** The same citizen complains again about the same theme after the first complaint was closed. */
  private repeatComplaints(): void {
    const candidates = this.cases.filter(
      (c) =>
        c.source === 'gemeente' &&
        c.tag === 'basis' &&
        c.kind === 'klacht' &&
        c.bsn !== null &&
        c.closed !== null,
    );
    const wanted = Math.max(
      PLANTED_PATTERNS.repeatedComplaints.minimum,
      Math.round(candidates.length * 0.015),
    );
    for (const original of this.random.shuffle(candidates).slice(0, wanted)) {
      const received = workingDayOnOrAfter(
        addDays(original.closed ?? original.received, this.random.int(7, 60)),
      );
      if (received > AS_OF) continue;
      original.tag = 'repeat';
      this.cases.push(
        this.municipalCase(
          {
            received,
            domain: original.domain,
            theme: original.theme,
            subjectOrg: original.subjectOrg,
            bsn: original.bsn,
            category: original.category,
            neighbourhood: original.neighbourhood,
            tag: 'repeat',
            text: caseText(this.random, original.theme, 'burger', {
              previousDate: dutchDate(original.received),
              bsn: original.bsn ?? undefined,
            }),
          },
          { kind: 'klacht' },
        ),
      );
    }
  }

  private ombudsmanCase(
    input: Partial<SimCase> & { received: string; domain: Domain; theme: string },
  ): SimCase {
    const r = this.random;
    const kind: Kind =
      input.kind ??
      r.weighted([
        ['klacht', 90],
        ['signaal', 5],
        ['hulpvraag', 5],
      ] as const);
    const outcome =
      input.outcome ??
      (kind === 'klacht' ? undefined : r.pick(['interventie', 'doorverwezen'])) ??
      r.weighted([
        ['gegrond', 15],
        ['deels_gegrond', 15],
        ['ongegrond', 25],
        ['interventie', 25],
        ['niet_ontvankelijk', 5],
        ['ingetrokken', 5],
        ['doorverwezen', 10],
      ] as const);
    const days = outcome === 'doorverwezen' || outcome === 'interventie' ? r.int(5, 40) : r.int(40, 200);
    const closed = addDays(input.received, days) <= AS_OF ? addDays(input.received, days) : null;
    const upheld = outcome === 'gegrond' || outcome === 'deels_gegrond';
    const recommendation = closed !== null && upheld ? r.chance(0.6) : closed === null ? null : false;
    const followed =
      recommendation === true
        ? addDays(closed ?? input.received, 60) <= AS_OF
          ? r.chance(0.75)
          : null
        : null;
    const bsn = input.bsn !== undefined ? input.bsn : this.bsns.next();
    const onderwerp = OMBUDSMAN_ONDERWERP[input.theme];
    return {
      source: 'ombudsman',
      sourceOrg: OMBUDSMAN_ORGANISATION,
      subjectOrg: input.subjectOrg ?? MUNICIPALITY_ORGANISATION,
      kind,
      domain: input.domain,
      theme: input.theme,
      category:
        input.category ??
        (!onderwerp || r.chance(0.1) ? r.pick(OMBUDSMAN_VAGUE_ONDERWERP) : r.pick(onderwerp)),
      channel: r.weighted([
        ['webformulier', 50],
        ['telefoon', 20],
        ['brief', 15],
        ['email', 10],
        ['balie', 5],
      ] as const),
      complainant:
        input.domain === 'jeugd'
          ? r.weighted([
              ['ouder', 60],
              ['jongere', 20],
              ['professional', 10],
              ['vertegenwoordiger', 10],
            ] as const)
          : r.weighted([
              ['burger', 80],
              ['vertegenwoordiger', 15],
              ['professional', 5],
            ] as const),
      route: null,
      received: input.received,
      acknowledged: null,
      closed,
      extended: false,
      externalCommittee: false,
      outcome: closed === null ? 'lopend' : outcome,
      measures: [],
      feedback: null,
      recommendationMade: recommendation,
      recommendationFollowed: followed,
      bsn,
      neighbourhood: null,
      text: input.text ?? caseText(r, input.theme, 'ombudsman', { bsn: bsn ?? undefined, piiRate: 0.1 }),
      cause: '',
      tag: input.tag ?? 'basis',
    };
  }

  /** Escalations after a formal municipal complaint, premature cases sent back, and their return. */
  private ombudsman(): void {
    const formal = this.cases.filter(
      (c) =>
        c.source === 'gemeente' &&
        c.tag === 'basis' &&
        c.route === 'formeel' &&
        c.closed !== null &&
        c.bsn !== null &&
        ['gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk'].includes(c.outcome),
    );
    const wanted = Math.max(PLANTED_PATTERNS.escalations.minimum, Math.round(formal.length * 0.12));
    for (const original of this.random.shuffle(formal).slice(0, wanted)) {
      const received = workingDayOnOrAfter(
        addDays(original.closed ?? original.received, this.random.int(10, 90)),
      );
      if (received > AS_OF) continue;
      original.tag = 'escalation';
      this.cases.push(
        this.ombudsmanCase({
          received,
          domain: original.domain,
          theme: original.theme,
          subjectOrg: original.subjectOrg,
          bsn: original.bsn,
          tag: 'escalation',
          outcome: this.random.weighted([
            ['gegrond', 18],
            ['deels_gegrond', 17],
            ['ongegrond', 30],
            ['interventie', 25],
            ['ingetrokken', 5],
            ['niet_ontvankelijk', 5],
          ] as const),
        }),
      );
    }
    // Citizens who go to the ombudsman first: mostly sent back to the municipality ("terug aan tafel").
    const direct = Math.round(this.scale(240));
    for (let i = 0; i < direct; i++) {
      const received = this.days.sample(this.random);
      const domain = this.municipalDomain(received);
      const theme = this.random.weighted(MUNICIPAL_THEMES[domain]);
      let subjectOrg = this.providerFor(domain, theme);
      if (this.isRiseSuppressed(subjectOrg, domain, received, theme)) subjectOrg = MUNICIPALITY_ORGANISATION;
      const outcome = this.random.weighted([
        ['doorverwezen', 70],
        ['niet_ontvankelijk', 10],
        ['interventie', 15],
        ['ingetrokken', 5],
      ] as const);
      const sentBack = this.ombudsmanCase({ received, domain, theme, subjectOrg, outcome, tag: 'premature' });
      this.cases.push(sentBack);
      if (outcome !== 'doorverwezen' || sentBack.closed === null || !this.random.chance(0.5)) continue;
      const back = workingDayOnOrAfter(addDays(sentBack.closed, this.random.int(1, 10)));
      if (back > AS_OF) continue;
      this.cases.push(
        this.municipalCase(
          {
            received: back,
            domain,
            theme,
            subjectOrg,
            bsn: sentBack.bsn,
            channel: 'via_ombudsman',
            tag: 'via-ombudsman',
          },
          { kind: 'klacht' },
        ),
      );
    }
    // Other ombudsman cases about the municipality and the organisations doing its work.
    const other = Math.round(this.scale(150));
    for (let i = 0; i < other; i++) {
      const received = this.days.sample(this.random);
      const domain = this.municipalDomain(received);
      const theme = this.random.weighted(MUNICIPAL_THEMES[domain]);
      let subjectOrg = this.providerFor(domain, theme);
      if (this.isRiseSuppressed(subjectOrg, domain, received, theme)) subjectOrg = MUNICIPALITY_ORGANISATION;
      this.cases.push(this.ombudsmanCase({ received, domain, theme, subjectOrg }));
    }
  }

  // ---- (d) objection decisions ----

  private objection(law: string, decision: DecisionType, received: string, spike: boolean): SimObjection {
    const r = this.random;
    // Some objections come in after the six-week objection period (Awb 6:7): niet-ontvankelijk.
    const late = !spike && r.chance(0.06);
    const primary = addDays(received, late ? -r.int(50, 80) : -r.int(5, 40));
    const committee = !spike && law !== 'wet_inburgering' && r.chance(0.4);
    // Awb 7:10: 6 (or 12 with a committee) weeks after the 6-week objection period, once +6 weeks.
    const objectionPeriodEnd = addDays(primary, 42);
    const term = committee ? 84 : 42;
    const extended = !spike && r.chance(0.15);
    const deadline = addDays(objectionPeriodEnd, term + (extended ? 42 : 0));
    let decided: string;
    if (spike) decided = workingDayOnOrAfter(addDays(received, r.int(14, 56)));
    else if (r.chance(0.12)) decided = workingDayOnOrAfter(addDays(deadline, r.int(3, 60)));
    else {
      decided = workingDayOnOrAfter(
        addDays(received, r.int(14, Math.max(15, daysBetween(received, deadline)))),
      );
    }
    let outcome: SimObjection['outcome'];
    if (late) outcome = 'niet_ontvankelijk';
    else if (spike) {
      outcome = r.weighted([
        ['gegrond', 75],
        ['deels_gegrond', 10],
        ['ongegrond', 15],
      ] as const);
    } else if (decision.theme === 'terugvordering') {
      outcome = r.weighted([
        ['gegrond', 12],
        ['deels_gegrond', 10],
        ['ongegrond', 63],
        ['niet_ontvankelijk', 5],
        ['ingetrokken', 10],
      ] as const);
    } else {
      outcome = r.weighted([
        ['gegrond', 15],
        ['deels_gegrond', 10],
        ['ongegrond', 55],
        ['niet_ontvankelijk', 10],
        ['ingetrokken', 10],
      ] as const);
    }
    const open = decided > AS_OF;
    // A quarter of the objectors also complained at the municipality (the panel can follow them).
    const bsn = this.complainants.length > 0 && r.chance(0.25) ? r.pick(this.complainants) : this.bsns.next();
    const finalOutcome = open ? 'lopend' : outcome;
    return {
      law,
      decision,
      primary,
      received,
      decided: open ? null : decided,
      committee,
      extended,
      outcome: finalOutcome,
      bsn,
      handler: r.pick(BEZWAAR_BEHANDELAARS),
      summary: objectionSummary(r, decision.label, BEZWAAR_UITKOMST[finalOutcome], {
        systemError: spike,
        bsn,
        reasoning: { law, outcome: finalOutcome, key: `${law}:${decision.label}:${received}:${primary}` },
      }),
    };
  }

  private objectionDecisions(count: number): void {
    this.complainants = this.cases
      .filter(
        (c) =>
          c.source === 'gemeente' && (c.domain === 'werk_inkomen' || c.domain === 'wmo') && c.bsn !== null,
      )
      .map((c) => c.bsn ?? '');
    for (let i = 0; i < count; i++) {
      const received = workingDayOnOrAfter(this.days.sample(this.random));
      const law = this.random.weighted([
        ['participatiewet', 45],
        ['wmo', 30],
        ['jeugdwet', 12],
        ['wgs', 8],
        ['wet_inburgering', received >= '2022-07-01' ? 5 : 0],
      ] as const);
      const decision = this.random.weighted((BEZWAAR_BESLUIT[law] ?? []).map((d) => [d, d.weight] as const));
      const objection = this.objection(law, decision, received, false);
      const spikeWindow = PLANTED_PATTERNS.upheldObjectionSpike.period;
      // Inside the spike window the planted cases below are the terugvordering decisions.
      if (
        decision.theme === 'terugvordering' &&
        objection.decided !== null &&
        objection.decided >= spikeWindow.from &&
        objection.decided <= spikeWindow.to
      ) {
        continue;
      }
      this.objections.push(objection);
    }
    const plan = PLANTED_PATTERNS.upheldObjectionSpike;
    const decision = (BEZWAAR_BESLUIT.participatiewet ?? []).find((d) => d.label === plan.decisionType);
    if (!decision) throw new Error('decision type of the objection spike is missing');
    const perQuarter = Math.max(10, Math.round(this.scale(36)));
    for (const [from, to] of [
      ['2026-03-20', '2026-05-31'],
      ['2026-06-15', '2026-08-28'],
    ] as const) {
      let made = 0;
      while (made < perQuarter) {
        const received = this.dayInRange(from, to);
        const objection = this.objection('participatiewet', decision, received, true);
        if (
          objection.decided === null ||
          objection.decided < plan.period.from ||
          objection.decided > plan.period.to
        ) {
          continue;
        }
        this.objections.push(objection);
        made++;
      }
    }
  }

  // ---- (c) half-year reports ----

  private providerReports(): void {
    const plan = PLANTED_PATTERNS.lateProviderReports;
    const rising = PLANTED_PATTERNS.waitingTimeRise.organisationCodes as readonly string[];
    for (const provider of CONTRACTED_PROVIDERS) {
      const domain = provider.domains[0] ?? 'wmo';
      for (let year = 2021; year <= 2026; year++) {
        for (const half of [1, 2] as const) {
          const periodStart = `${year}-${half === 1 ? '01-01' : '07-01'}`;
          const periodEnd = `${year}-${half === 1 ? '06-30' : '12-31'}`;
          if (periodEnd > AS_OF || periodStart < provider.contractStart) continue;
          const dueOn = half === 1 ? `${year}-12-01` : `${year + 1}-07-01`;
          if (provider.code === plan.organisationCode && periodStart === plan.missingPeriod.start) continue;
          const submittedOn =
            provider.code === plan.organisationCode
              ? addDays(dueOn, this.random.int(plan.lateByDays.min, plan.lateByDays.max))
              : workingDayOnOrAfter(addDays(periodEnd, this.random.int(18, 75)));
          if (submittedOn > AS_OF) continue; // not sent yet (and not yet due)
          const lines = new Map<string, ReportLine>();
          const add = (theme: string, cause: string, upheld: boolean, resolved: boolean): void => {
            const aard = RAPPORTAGE_AARD[theme] ?? 'Overig';
            const key = `${aard}|${cause}`;
            const line = lines.get(key) ?? {
              provider: provider.code,
              periodStart,
              periodEnd,
              dueOn,
              submittedOn,
              domain,
              aard,
              cause,
              count: 0,
              upheld: 0,
              resolved: 0,
              measures: '',
            };
            line.count++;
            if (upheld) line.upheld++;
            if (resolved) line.resolved++;
            if (upheld && !line.measures) line.measures = measuresText(this.random, theme, false);
            if (rising.includes(provider.code) && theme.startsWith('wacht') && periodStart >= '2025-07-01') {
              line.measures = measuresText(this.random, theme, true);
            }
            lines.set(key, line);
          };
          if (provider.sendsCaseList) {
            for (const c of this.cases) {
              if (c.source !== 'aanbieder' || c.sourceOrg !== provider.code) continue;
              if (c.received < periodStart || c.received > periodEnd || c.kind !== 'klacht') continue;
              add(
                c.theme,
                c.cause,
                c.outcome === 'gegrond' || c.outcome === 'deels_gegrond',
                c.closed !== null && c.closed <= periodEnd,
              );
            }
          } else {
            const weights = PROVIDER_THEMES[provider.code] ?? [];
            const n = this.random.poisson(this.scale(provider.volume * 6.5));
            for (let i = 0; i < n; i++) {
              const theme = this.random.weighted(weights);
              add(
                theme,
                this.random.pick(causesFor(theme)),
                this.random.chance(0.35),
                this.random.chance(0.85),
              );
            }
          }
          if (lines.size === 0) {
            this.reports.push({
              provider: provider.code,
              periodStart,
              periodEnd,
              dueOn,
              submittedOn,
              domain,
              aard: RAPPORTAGE_NO_COMPLAINTS,
              cause: '',
              count: 0,
              upheld: 0,
              resolved: 0,
              measures: '',
            });
          }
          this.reports.push(
            ...[...lines.values()].sort(
              (a, b) => a.aard.localeCompare(b.aard) || a.cause.localeCompare(b.cause),
            ),
          );
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Writers: each source in its own format
// ---------------------------------------------------------------------------------------------

const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'ja' : 'nee');

class Exporter {
  private readonly random: Random;
  readonly sizes: { file: string; profile: string; rows: number; bytes: number }[] = [];

  constructor(
    private readonly world: DemoWorld,
    private readonly outDir: string,
    seed: number,
  ) {
    this.random = new Random(`${seed}:export`);
  }

  private pick<T>(items: readonly T[] | undefined, fallback: T): T {
    return items && items.length > 0 ? this.random.pick(items) : fallback;
  }

  private spelling(code: string): string {
    const spellings = organisationByCode(code).spellings;
    return this.random.chance(0.8) ? (spellings[0] ?? code) : this.random.pick(spellings);
  }

  private record(file: string, profile: string, rows: number, bytes: number): GeneratedFile {
    this.sizes.push({ file, profile, rows, bytes });
    return { file: join(this.outDir, file), profile };
  }

  async gemeente(): Promise<GeneratedFile[]> {
    const header = [
      'Zaaknummer',
      'Soort',
      'Domein',
      'Onderwerp',
      'Kanaal',
      'Indiener',
      'Route',
      'Datum ontvangst',
      'Datum ontvangstbevestiging',
      'Datum afgehandeld',
      'Verdaagd',
      'Externe commissie',
      'Uitkomst',
      'Maatregelen',
      'Teruggekoppeld',
      'Afdeling',
      'Betreft aanbieder',
      'BSN',
      'Wijk',
      'Omschrijving',
    ];
    const cases = this.world.cases
      .filter((c) => c.source === 'gemeente')
      .sort((a, b) => a.received.localeCompare(b.received));
    // Zaaknummers count per year, as in the case system.
    const perYear = new Map<string, number>();
    const numbered = cases.map((c) => {
      const year = c.received.slice(0, 4);
      const seq = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, seq);
      return { c, id: `Z${year}-${String(seq).padStart(5, '0')}` };
    });
    // A historical dump and a recent export: two imports, as a municipality would do it.
    const files: GeneratedFile[] = [];
    for (const [from, to] of [
      ['2021', '2023'],
      ['2024', '2026'],
    ] as const) {
      const rows = numbered
        .filter(({ c }) => c.received.slice(0, 4) >= from && c.received.slice(0, 4) <= to)
        .map(({ c, id }) => [
          id,
          GEMEENTE_SOORT[c.kind],
          this.pick(GEMEENTE_DOMEIN[c.domain], 'Overig'),
          c.category,
          this.pick(GEMEENTE_KANAAL[c.channel], 'Onbekend'),
          this.pick(GEMEENTE_INDIENER[c.complainant], 'Onbekend'),
          c.route ? GEMEENTE_ROUTE[c.route] : '',
          dutchDate(c.received),
          c.acknowledged ? dutchDate(c.acknowledged) : '',
          c.closed ? dutchDate(c.closed) : '',
          c.kind === 'klacht' ? yesNo(c.extended) : '',
          c.kind === 'klacht' ? yesNo(c.externalCommittee) : '',
          this.pick(GEMEENTE_UITKOMST[c.outcome], 'In behandeling'),
          c.measures.map((m) => GEMEENTE_MAATREGEL[m] ?? 'Geen').join(', '),
          yesNo(c.feedback),
          this.pick(GEMEENTE_AFDELING[c.domain], 'KCC'),
          c.subjectOrg === MUNICIPALITY_ORGANISATION ? '' : this.spelling(c.subjectOrg),
          c.bsn ?? '',
          c.neighbourhood ?? '',
          c.text,
        ]);
      const name = `gemeente-lusdonk-klachten-${from}-${to}.csv`;
      const bytes = await writeDelimited(join(this.outDir, name), header, rows, {
        delimiter: ';',
        encoding: 'windows-1252',
        bom: false,
        eol: '\r\n',
      });
      files.push(this.record(name, 'gemeente-klachten', rows.length, bytes));
    }
    return files;
  }

  async aanbieders(): Promise<GeneratedFile[]> {
    const header = [
      'Klachtnummer',
      'Aanbieder',
      'Cliëntnummer',
      'BSN',
      'Soort',
      'Domein',
      'Categorie',
      'Ingediend door',
      'Wijze van indienen',
      'Behandeling',
      'Datum ontvangst',
      'Datum ontvangstbevestiging',
      'Datum afhandeling',
      'Oordeel',
      'Maatregelen',
      'Klager geïnformeerd',
      'Omschrijving klacht',
    ];
    const files: GeneratedFile[] = [];
    const prefixes: Record<string, string> = {
      'jeugdzorg-kompas': 'KJ',
      'ggz-de-wissel': 'DW',
      'jeugdhulp-horizon': 'HJ',
      'thuiszorg-de-linde': 'DL',
      'mobicare-hulpmiddelen': 'MC',
    };
    for (const provider of CONTRACTED_PROVIDERS.filter((p) => p.sendsCaseList)) {
      const clientNumbers = new Map<string, string>();
      const cases = this.world.cases
        .filter((c) => c.source === 'aanbieder' && c.sourceOrg === provider.code)
        .sort((a, b) => a.received.localeCompare(b.received));
      const perYear = new Map<string, number>();
      const rows = cases.map((c) => {
        const year = c.received.slice(2, 4);
        const seq = (perYear.get(year) ?? 0) + 1;
        perYear.set(year, seq);
        const key = c.bsn ?? `anon-${seq}-${year}`;
        let client = clientNumbers.get(key);
        if (!client) {
          client = `C${String(100_000 + clientNumbers.size * 7 + this.random.int(0, 6))}`;
          clientNumbers.set(key, client);
        }
        const route = c.route ? this.pick(AANBIEDER_BEHANDELING[c.route], '') : '';
        return [
          `${prefixes[provider.code] ?? 'XX'}-${year}-${String(seq).padStart(4, '0')}`,
          this.spelling(provider.code),
          client,
          c.bsn ?? '',
          AANBIEDER_SOORT[c.kind as 'klacht' | 'signaal' | 'melding'] ?? 'Klacht',
          AANBIEDER_DOMEIN[c.domain] ?? '',
          c.category,
          this.pick(AANBIEDER_INDIENER[c.complainant], 'Onbekend'),
          this.pick(AANBIEDER_KANAAL[c.channel], 'Onbekend'),
          route,
          c.received,
          c.acknowledged ?? '',
          c.closed ?? '',
          this.pick(AANBIEDER_OORDEEL[c.outcome], 'Lopend'),
          c.measures.map((m) => AANBIEDER_MAATREGEL[m] ?? 'Geen').join('; '),
          c.feedback === null ? '' : c.feedback ? 'Ja' : 'Nee',
          c.text,
        ];
      });
      const name = `aanbieder-klachtenlijst-${provider.code}.csv`;
      const bytes = await writeDelimited(join(this.outDir, name), header, rows, {
        delimiter: ',',
        encoding: 'utf-8',
        bom: true,
        eol: '\n',
      });
      files.push(this.record(name, 'aanbieder-klachtenlijst', rows.length, bytes));
    }
    return files;
  }

  /**
   * The contract manager's collection of every half-year report received (one workbook, sheet
   * "Klachtenrapportage"): rows per report round, provider, nature and cause.
   */
  async rapportages(): Promise<GeneratedFile[]> {
    const typedDates = new Set(['kredietbank-lusland', 'taalpunt-lusland']);
    const lines = [...this.world.reports].sort(
      (a, b) => a.periodStart.localeCompare(b.periodStart) || a.provider.localeCompare(b.provider),
    );
    // Some providers type dates as text instead of entering Excel dates.
    const date = (iso: string, provider: string): Cell =>
      typedDates.has(provider) ? dutchDate(iso) : toDate(iso);
    const rows: Cell[][] = lines.map((line) => [
      organisationByCode(line.provider).name,
      organisationByCode(line.provider).contractReference,
      date(line.periodStart, line.provider),
      date(line.periodEnd, line.provider),
      date(line.dueOn, line.provider),
      date(line.submittedOn, line.provider),
      RAPPORTAGE_DOMEIN[line.domain] ?? '',
      line.aard,
      line.cause || null,
      line.count,
      line.upheld,
      line.resolved,
      line.measures || null,
    ]);
    const name = 'halfjaarrapportages-aanbieders-2021-2026.xlsx';
    const stamp = toDate([...lines.map((line) => line.submittedOn)].sort().pop() ?? AS_OF);
    const bytes = await writeXlsx(
      join(this.outDir, name),
      [
        {
          name: 'Toelichting',
          columns: [
            { header: 'Totaalrapportages klachten sociaal domein (art. 11.1 overeenkomst)', width: 90 },
          ],
          rows: [
            ['Verzamelstaat van alle ontvangen halfjaarrapportages van gecontracteerde aanbieders.'],
            [
              'Eén regel per aanbieder, periode, aard en oorzaak; aantallen gegrond en opgelost, en de maatregelen.',
            ],
            [
              'Inleveren vóór 1 december (over januari-juni) en vóór 1 juli (over juli-december van het jaar ervoor).',
            ],
          ],
        },
        {
          name: 'Klachtenrapportage',
          columns: [
            { header: 'Aanbieder', width: 28 },
            { header: 'Contractnummer', width: 16 },
            { header: 'Periode van', width: 12, dateFormat: true },
            { header: 'Periode tot', width: 12, dateFormat: true },
            { header: 'Uiterste inleverdatum', width: 12, dateFormat: true },
            { header: 'Ingediend op', width: 12, dateFormat: true },
            { header: 'Domein', width: 16 },
            { header: 'Aard van de klacht', width: 28 },
            { header: 'Oorzaak', width: 26 },
            { header: 'Aantal klachten', width: 10 },
            { header: 'Waarvan gegrond', width: 10 },
            { header: 'Opgelost', width: 10 },
            { header: 'Maatregelen', width: 60 },
          ],
          rows,
        },
      ],
      stamp,
    );
    return [this.record(name, 'aanbieder-halfjaarrapportage', rows.length, bytes)];
  }

  async ombudsman(): Promise<GeneratedFile[]> {
    const cases = this.world.cases
      .filter((c) => c.source === 'ombudsman')
      .sort((a, b) => a.received.localeCompare(b.received));
    const perYear = new Map<string, number>();
    const zaken = cases.map((c) => {
      const year = c.received.slice(0, 4);
      const seq = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, seq);
      return {
        dossiernummer: `OL-${year}-${String(seq).padStart(4, '0')}`,
        soort: OMBUDSMAN_SOORT[c.kind as 'klacht' | 'signaal' | 'hulpvraag'] ?? 'klacht',
        ontvangen: c.received,
        afgesloten: c.closed,
        gemeente: 'Lusdonk',
        organisatie: this.spelling(c.subjectOrg),
        domein: OMBUDSMAN_DOMEIN[c.domain] ?? 'Overig',
        onderwerp: c.category,
        kanaal: OMBUDSMAN_KANAAL[c.channel as keyof typeof OMBUDSMAN_KANAAL] ?? 'webformulier',
        indiener: OMBUDSMAN_INDIENER[c.complainant as keyof typeof OMBUDSMAN_INDIENER] ?? 'burger',
        afdoening: OMBUDSMAN_AFDOENING[c.outcome] ?? 'in behandeling',
        aanbeveling: { gedaan: c.recommendationMade, opgevolgd: c.recommendationFollowed },
        bsn: c.bsn,
        samenvatting: c.text,
      };
    });
    const name = 'ombudsman-lusland-zaken.json';
    const bytes = await writeJson(join(this.outDir, name), {
      ombudsman: 'Ombudsman Lusland',
      gemeente: 'Lusdonk',
      gemeentecode: 'GM9901',
      peildatum: AS_OF,
      toelichting: 'Zaken over de gemeente Lusdonk en de organisaties die taken voor de gemeente uitvoeren.',
      zaken,
    });
    return [this.record(name, 'ombudsman-zaken', zaken.length, bytes)];
  }

  async bezwaren(): Promise<GeneratedFile[]> {
    const header = [
      'Zaaknummer',
      'Wet',
      'Besluit',
      'Datum primair besluit',
      'Datum bezwaar ontvangen',
      'Datum beslissing',
      'Adviescommissie',
      'Verdaagd',
      'Uitkomst',
      'Samenvatting',
      'BSN',
      'Behandelaar',
    ];
    const objections = [...this.world.objections].sort((a, b) => a.received.localeCompare(b.received));
    const perYear = new Map<string, number>();
    const rows = objections.map((o) => {
      const year = o.received.slice(0, 4);
      const seq = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, seq);
      const date = (iso: string | null): string =>
        iso === null ? '' : o.handler.longDates ? dutchLongDate(iso) : dutchDate(iso);
      return [
        `BZ-${year}-${String(seq).padStart(4, '0')}`,
        this.pick(BEZWAAR_WET[o.law], o.law),
        o.decision.label,
        date(o.primary),
        date(o.received),
        date(o.decided),
        o.committee ? 'ja' : 'nee',
        o.extended ? 'ja' : 'nee',
        BEZWAAR_UITKOMST[o.outcome],
        o.summary,
        o.bsn,
        o.handler.name,
      ];
    });
    const name = 'bezwaarbeslissingen-2021-2026.tsv';
    const bytes = await writeDelimited(join(this.outDir, name), header, rows, {
      delimiter: '\t',
      encoding: 'utf-8',
      bom: false,
      eol: '\n',
    });
    return [this.record(name, 'bezwaarbeslissingen', rows.length, bytes)];
  }
}

/**
 * Writes the demo exports to `outDir` and returns each file with the profile to import it with, in a
 * sensible import order. Deterministic for a given seed; `records` scales the number of case records
 * (default 20,000; the planted patterns (a)-(d) keep a minimum size so they stay visible at small
 * scales, which means that below about 2,000 records they dominate the data).
 */
export async function generateDemoExports(
  outDir: string,
  options: { records?: number; seed?: number } = {},
): Promise<GeneratedFile[]> {
  const records = Math.max(200, Math.round(options.records ?? DEFAULT_DEMO_RECORDS));
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const world = new DemoWorld(records, seed);
  world.build();
  await mkdir(outDir, { recursive: true });
  const exporter = new Exporter(world, outDir, seed);
  return [
    ...(await exporter.gemeente()),
    ...(await exporter.aanbieders()),
    ...(await exporter.rapportages()),
    ...(await exporter.ombudsman()),
    ...(await exporter.bezwaren()),
  ];
}
