/**
 * The canonical fields each import target accepts. A source profile maps export columns onto these
 * names; anything not listed here cannot be loaded. Codes are the values the database accepts.
 */
export type FieldType =
  | 'string' // trimmed text, whitespace folded
  | 'text' // free text: BSN, e-mail, phone, IBAN, postcode + house number are redacted before storage
  | 'identifier' // citizen identifier: turned into a keyed pseudonym, never stored as such
  | 'date' // Dutch or ISO date, formats from the profile
  | 'boolean' // ja/nee, j/n, yes/no, true/false, 1/0, x/(empty)
  | 'integer'
  | 'code' // value mapped to a canonical code through a profile vocabulary
  | 'codes' // list of codes (separator from the profile), each mapped through a vocabulary
  | 'organisation' // organisation code or name, resolved against the organisation table
  | 'theme'; // the source's own category, mapped to a theme code through a vocabulary

export type Target = 'case_record' | 'objection_decision' | 'provider_report' | 'contract' | 'client_count';

export interface TargetField {
  type: FieldType;
  required?: boolean;
  /** Allowed canonical codes for `code`/`codes` fields. */
  codes?: readonly string[];
  /** Smallest accepted value of an `integer` field. */
  min?: number;
  /**
   * Required, yet a provider's export may leave it out or empty: the import then takes it from that
   * provider's contract with the municipality on the record's date (importers, `fillFromContracts`).
   */
  fromContract?: boolean;
}

/** Whether a profile must map the field and every row must fill it (a `fromContract` field need not). */
export function mustBeInExport(field: TargetField): boolean {
  return field.required === true && field.fromContract !== true;
}

export const KINDS = ['klacht', 'signaal', 'melding', 'hulpvraag'] as const;
export const DOMAINS = ['wmo', 'jeugd', 'werk_inkomen', 'schuldhulp', 'inburgering', 'overig'] as const;
export const LINES = ['eerste_lijn_aanbieder', 'eerste_lijn_gemeente', 'tweede_lijn'] as const;
export const ROUTES = ['informeel', 'formeel', 'bemiddeling', 'onbekend'] as const;
export const CHANNELS = [
  'telefoon',
  'email',
  'brief',
  'webformulier',
  'balie',
  'keukentafel',
  'sociale_media',
  'via_aanbieder',
  'via_ombudsman',
  'onbekend',
] as const;
export const COMPLAINANT_TYPES = [
  'burger',
  'ouder',
  'jongere',
  'professional',
  'vertegenwoordiger',
  'onbekend',
] as const;
export const CASE_OUTCOMES = [
  'gegrond',
  'deels_gegrond',
  'ongegrond',
  'niet_ontvankelijk',
  'ingetrokken',
  'opgelost',
  'doorverwezen',
  'interventie',
  'lopend',
  'onbekend',
] as const;
export const OBJECTION_OUTCOMES = [
  'gegrond',
  'deels_gegrond',
  'ongegrond',
  'niet_ontvankelijk',
  'ingetrokken',
  'lopend',
  'onbekend',
] as const;
export const LAWS = ['wmo', 'jeugdwet', 'participatiewet', 'wgs', 'wet_inburgering', 'overig'] as const;
export const MEASURES = [
  'excuses',
  'uitleg',
  'besluit_herzien',
  'financiele_compensatie',
  'werkwijze_aangepast',
  'beleid_aangepast',
  'medewerker_aangesproken',
  'geen',
  'onbekend',
] as const;

export const TARGET_FIELDS = {
  case_record: {
    external_id: { type: 'string', required: true },
    source_organisation: { type: 'organisation', required: true },
    subject_organisation: { type: 'organisation' },
    kind: { type: 'code', required: true, codes: KINDS },
    domain: { type: 'code', required: true, fromContract: true, codes: DOMAINS },
    theme: { type: 'theme' },
    channel: { type: 'code', codes: CHANNELS },
    complainant_type: { type: 'code', codes: COMPLAINANT_TYPES },
    line: { type: 'code', required: true, codes: LINES },
    route: { type: 'code', codes: ROUTES },
    received_on: { type: 'date', required: true },
    acknowledged_on: { type: 'date' },
    closed_on: { type: 'date' },
    term_days: { type: 'integer', min: 1 },
    extended: { type: 'boolean' },
    extension_days: { type: 'integer', min: 0 },
    external_committee: { type: 'boolean' },
    outcome: { type: 'code', codes: CASE_OUTCOMES },
    measures: { type: 'codes', codes: MEASURES },
    feedback_given: { type: 'boolean' },
    recommendation_made: { type: 'boolean' },
    recommendation_followed: { type: 'boolean' },
    subject: { type: 'identifier' },
    neighbourhood_code: { type: 'string' },
    text: { type: 'text' },
  },
  objection_decision: {
    external_id: { type: 'string', required: true },
    source_organisation: { type: 'organisation', required: true },
    law: { type: 'code', required: true, codes: LAWS },
    domain: { type: 'code', required: true, codes: DOMAINS },
    theme: { type: 'theme' },
    decision_type: { type: 'string' },
    primary_decision_on: { type: 'date' },
    objection_received_on: { type: 'date', required: true },
    decided_on: { type: 'date' },
    advisory_committee: { type: 'boolean' },
    extended: { type: 'boolean' },
    outcome: { type: 'code', codes: OBJECTION_OUTCOMES },
    subject: { type: 'identifier' },
    summary: { type: 'text' },
  },
  // One row per provider x half-year x theme/cause; rows are grouped into one report per period.
  provider_report: {
    provider: { type: 'organisation', required: true },
    period_start: { type: 'date', required: true },
    period_end: { type: 'date', required: true },
    submitted_on: { type: 'date' },
    // When absent: the first contractual deadline after the period (before 1 July / before 1 December, seed 003).
    due_on: { type: 'date' },
    domain: { type: 'code', required: true, fromContract: true, codes: DOMAINS },
    theme: { type: 'theme' },
    cause: { type: 'string' },
    complaint_count: { type: 'integer', required: true, min: 0 },
    upheld_count: { type: 'integer', min: 0 },
    resolved_count: { type: 'integer', min: 0 },
    measures: { type: 'text' },
  },
  // A municipality's contract list: provider x domain x start date (reference data, loaded like an export).
  contract: {
    provider: { type: 'organisation', required: true },
    domain: { type: 'code', required: true, codes: DOMAINS },
    contract_number: { type: 'string' },
    starts_on: { type: 'date', required: true },
    ends_on: { type: 'date' },
    // Seed 003: providers report complaints by nature and cause every half year (default: yes).
    half_year_report_required: { type: 'boolean' },
  },
  // Clients per domain (no provider: the municipality's count) or per provider, per year: the
  // denominators of rates per 1,000 clients (reference data, loaded like an export).
  client_count: {
    provider: { type: 'organisation' },
    domain: { type: 'code', required: true, codes: DOMAINS },
    year: { type: 'integer', required: true, min: 2000 },
    clients: { type: 'integer', required: true, min: 0 },
  },
} as const satisfies Record<Target, Record<string, TargetField>>;

export type TargetFieldName<T extends Target> = keyof (typeof TARGET_FIELDS)[T] & string;
