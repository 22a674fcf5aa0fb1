import type { DemoDomain } from './data/organisations';
import type { BEZWAAR_BEHANDELAARS, BEZWAAR_UITKOMST, DecisionType } from './data/vocabulary';
import type { Domain } from './data/weights';

/** The simulated records the demo world holds before they are written in each source's format. */
export type Kind = 'klacht' | 'signaal' | 'melding' | 'hulpvraag';
export type Route = 'informeel' | 'formeel' | 'bemiddeling';
export type Source = 'gemeente' | 'aanbieder' | 'ombudsman';

export interface SimCase {
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

export interface SimObjection {
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

export interface ReportLine {
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
