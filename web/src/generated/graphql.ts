/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Filters on case records (date of receipt, domain, theme, organisation, ...) */
export type CaseRecordFilterInput = {
  /** Domain codes (wmo, jeugd, ...) */
  domain?: Array<string> | null | undefined;
  /** Received on or after (ISO date) */
  from?: unknown;
  /** klacht, signaal, melding, hulpvraag */
  kind?: Array<string> | null | undefined;
  /** eerste_lijn_aanbieder, eerste_lijn_gemeente, tweede_lijn */
  line?: Array<string> | null | undefined;
  /** Organisation codes; matches the source or the subject organisation */
  organisation?: Array<string> | null | undefined;
  /** Theme codes; a theme also matches its subthemes */
  theme?: Array<string> | null | undefined;
  /** Received on or before (ISO date) */
  to?: unknown;
};

/** Filters of the chain funnel */
export type ChainFilterInput = {
  domain?: Array<string> | null | undefined;
  /** CBS municipality codes (GMnnnn) */
  municipality?: Array<string> | null | undefined;
};

/** The chain funnel over a range of receipt dates */
export type ChainQueryInput = {
  dateRange: DateRangeInput;
  filters?: ChainFilterInput | null | undefined;
  /** Days after a complaint within which a next-line complaint of the same citizen counts (max 730) */
  windowDays?: number | null | undefined;
};

/** Which period a value is compared with */
export type Comparison =
  /** Geen vergelijking */
  | 'NONE'
  /** Vorige periode */
  | 'PREVIOUS_PERIOD'
  /** Zelfde periode vorig jaar */
  | 'SAME_PERIOD_LAST_YEAR';

/** Whether a provider delivered its half-year complaint report */
export type ComplianceStatus =
  /** Niet ingediend, uiterste datum nog niet verstreken */
  | 'nog_niet_verschuldigd'
  /** Niet ingediend en de uiterste datum is verstreken */
  | 'ontbreekt'
  /** Ingediend op of voor de uiterste datum */
  | 'op_tijd'
  /** Ingediend na de uiterste datum */
  | 'te_laat';

/** Inclusive range of calendar days (date of receipt) */
export type DateRangeInput = {
  from: unknown;
  to: unknown;
};

/** A breakdown from the metric catalog */
export type Dimension =
  /** Kanaal */
  | 'channel'
  /** Indiener */
  | 'complainantType'
  /** Domein */
  | 'domain'
  /** Soort */
  | 'kind'
  /** Lijn */
  | 'line'
  /** Wijk */
  | 'neighbourhood'
  /** Uitkomst */
  | 'outcome'
  /** Bronorganisatie */
  | 'sourceOrganisation'
  /** Betrokken organisatie */
  | 'subjectOrganisation'
  /** Thema */
  | 'theme';

/** Time bucket of a series */
export type Granularity =
  /** Halfjaar */
  | 'HALF_YEAR'
  /** Maand */
  | 'MONTH'
  /** Kwartaal */
  | 'QUARTER'
  /** Week (ISO, maandag) */
  | 'WEEK'
  /** Jaar */
  | 'YEAR';

/** Complaints (Awb 9:11) or objections (Awb 7:10) */
export type HandlingTimeFamily =
  /** Bezwaren */
  | 'bezwaar'
  /** Klachten */
  | 'klacht';

/** Handling times of complaints or objections against their legal term */
export type HandlingTimesQueryInput = {
  /** Date of receipt */
  dateRange: DateRangeInput;
  dimension?: IndicatorDimension | null | undefined;
  family: HandlingTimeFamily;
  filters?: IndicatorFilterInput | null | undefined;
  /** When given, every bucket in the range */
  granularity?: Granularity | null | undefined;
};

/** running: bezig; succeeded: geladen; failed: niets opgeslagen; duplicate: bestand al eerder geladen */
export type ImportStatus =
  | 'duplicate'
  | 'failed'
  | 'pending'
  | 'running'
  | 'succeeded';

/** Breakdown of an indicator family (same members as in the metric catalog) */
export type IndicatorDimension =
  /** Domein */
  | 'domain'
  /** Lijn (bezwaar for objections) */
  | 'line'
  /** Betrokken organisatie */
  | 'subjectOrganisation';

/** Filters of the indicator families: lists of codes, OR within a list */
export type IndicatorFilterInput = {
  domain?: Array<string> | null | undefined;
  line?: Array<string> | null | undefined;
  /** CBS municipality codes (GMnnnn) */
  municipality?: Array<string> | null | undefined;
  /** Organisation codes; "onbekend" when missing */
  subjectOrganisation?: Array<string> | null | undefined;
};

/** Range, series and breakdown of an indicator family */
export type IndicatorQueryInput = {
  /** Date of receipt */
  dateRange: DateRangeInput;
  dimension?: IndicatorDimension | null | undefined;
  filters?: IndicatorFilterInput | null | undefined;
  /** When given, every bucket in the range */
  granularity?: Granularity | null | undefined;
};

/** A measure from the metric catalog (docs/indicators/themes.md) */
export type Measure =
  /** Aantal klachten en signalen */
  | 'caseCount'
  /** Klachten en signalen per 1.000 inwoners */
  | 'casesPer1000Inhabitants'
  /** Aantal afgehandeld */
  | 'closedCount';

/** Filters: lists of codes, combined with AND between fields and OR within a list */
export type MetricsFilterInput = {
  channel?: Array<string> | null | undefined;
  complainantType?: Array<string> | null | undefined;
  domain?: Array<string> | null | undefined;
  kind?: Array<string> | null | undefined;
  line?: Array<string> | null | undefined;
  /** CBS municipality codes (GMnnnn) */
  municipality?: Array<string> | null | undefined;
  /** Neighbourhood codes; "onbekend" when missing */
  neighbourhood?: Array<string> | null | undefined;
  outcome?: Array<string> | null | undefined;
  /** Organisation codes */
  sourceOrganisation?: Array<string> | null | undefined;
  /** Organisation codes; "onbekend" when missing */
  subjectOrganisation?: Array<string> | null | undefined;
  /** Theme codes; "geen" for records without a theme */
  theme?: Array<string> | null | undefined;
};

/** One indicators query: measures broken down by at most two dimensions over time */
export type MetricsQueryInput = {
  comparison?: Comparison | null | undefined;
  dateRange: DateRangeInput;
  /** At most two */
  dimensions?: Array<Dimension> | null | undefined;
  filters?: MetricsFilterInput | null | undefined;
  /** When given, a series with every bucket in the range */
  granularity?: Granularity | null | undefined;
  measures: Array<Measure>;
  /** False: only complete periods get a comparison. True: an incomplete period is compared with the same days of the comparison period */
  periodToDate?: boolean | null | undefined;
};

/** Keyset pagination, newest first */
export type PageInput = {
  /** endCursor of the previous page */
  after?: string | null | undefined;
  /** At most 100 */
  first?: number;
};

/** Half years overlapping the range; optionally one municipality */
export type ProviderComplianceQueryInput = {
  dateRange: DateRangeInput;
  /** CBS municipality codes (GMnnnn) */
  municipality?: Array<string> | null | undefined;
};

/** raad (gemeenteraad), panel (burgerpanel), college (B&W), beleid (beleidsmedewerker), beheer */
export type Role =
  | 'beheer'
  | 'beleid'
  | 'college'
  | 'panel'
  | 'raad';

/** Which signals; every field is optional */
export type SignalFilterInput = {
  /** Periods ending on or after this date */
  from?: unknown;
  /** Also signals the data no longer supports */
  includeInactive?: boolean | null | undefined;
  /** Default 200, at most 1000 */
  limit?: number | null | undefined;
  /** Only for users not scoped to one municipality */
  municipalityCode?: string | null | undefined;
  /** In scope or among the organisations involved */
  organisationCode?: string | null | undefined;
  ruleCodes?: Array<string> | null | undefined;
  statuses?: Array<SignalStatus> | null | undefined;
  themeCode?: string | null | undefined;
  /** Periods starting on or before this date */
  to?: unknown;
};

/** nieuw (new), in_behandeling (under review), opgepakt (addressed) */
export type SignalStatus =
  | 'in_behandeling'
  | 'nieuw'
  | 'opgepakt';

/** Reading of the thermometer; onvoldoende_gegevens (grey) when there are too few cases */
export type ThermometerColour =
  /** Groen */
  | 'groen'
  /** Onvoldoende gegevens */
  | 'onvoldoende_gegevens'
  /** Oranje */
  | 'oranje'
  /** Rood */
  | 'rood';

/** An indicator of the thermometer (docs/indicators/thermometer.md) */
export type ThermometerIndicatorName =
  /** Klachten per 1.000 inwoners: verandering */
  | 'complaintsTrend'
  /** Bezwaren gegrond */
  | 'upholdRate'
  /** Klachten over wachttijd */
  | 'waitingShare'
  /** Klachten op tijd afgehandeld */
  | 'withinTerm';

export type AuthOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthOptionsQuery = { authOptions: { oidc: boolean } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { id: number, username: string, displayName: string, role: Role } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: number, username: string, displayName: string, role: Role } | null };

export type ChainQueryVariables = Exact<{
  query: ChainQueryInput;
}>;


export type ChainQuery = { chain: { disclosureControl: boolean, windowDays: number, complaints: { value: number | null, suppressed: boolean }, objections: { value: number | null, suppressed: boolean }, escalationRate: { value: number | null, suppressed: boolean }, stages: Array<{ code: string, label: string, count: { value: number | null, suppressed: boolean } }>, transitions: Array<{ from: string, to: string, label: string, citizens: { value: number | null, suppressed: boolean }, moved: { value: number | null, suppressed: boolean }, movedPercentage: { value: number | null, suppressed: boolean } }> } };

export type MetricsQueryVariables = Exact<{
  query: MetricsQueryInput;
}>;


export type MetricsQuery = { metrics: { disclosureControl: boolean, rows: Array<{ period: string | null, complete: boolean, dimensions: Array<{ dimension: Dimension, code: string, label: string }>, values: Array<{ measure: Measure, value: number | null, suppressed: boolean, previousValue: number | null, previousSuppressed: boolean, change: number | null, changePercentage: number | null, changePercentagePoints: number | null, smallNumbers: boolean | null }> }>, totals: Array<{ period: string | null, complete: boolean, values: Array<{ measure: Measure, value: number | null, suppressed: boolean, previousValue: number | null, previousSuppressed: boolean, change: number | null, changePercentage: number | null, changePercentagePoints: number | null, smallNumbers: boolean | null }> }> } };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: Array<{ code: string, name: string, region: string | null }> };

export type ProviderComplianceQueryVariables = Exact<{
  query: ProviderComplianceQueryInput;
}>;


export type ProviderComplianceQuery = { providerCompliance: { disclosureControl: boolean, halfYears: Array<{ periodStart: string, periodEnd: string, dueOn: string, required: { value: number | null, suppressed: boolean }, onTime: { value: number | null, suppressed: boolean }, late: { value: number | null, suppressed: boolean }, missing: { value: number | null, suppressed: boolean }, notYetDue: { value: number | null, suppressed: boolean }, onTimePercentage: { value: number | null, suppressed: boolean } }>, providers: Array<{ organisationCode: string, organisationName: string, municipalityCode: string, periodStart: string, dueOn: string, submittedOn: string | null, status: ComplianceStatus, daysLate: number | null }> } };

export type CaseRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseRecordQuery = { caseRecord: { id: string, receivedOn: string, closedOn: string | null, kind: string, line: string, channel: string, complainantType: string, domainLabel: string, themeLabel: string | null, sourceOrganisation: string, subjectOrganisation: string | null, neighbourhoodCode: string | null, outcome: string, subjectKeyShort: string | null, textRedacted: string | null } | null };

export type CaseRecordsQueryVariables = Exact<{
  filter?: CaseRecordFilterInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type CaseRecordsQuery = { caseRecords: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, records: Array<{ id: string, receivedOn: string, closedOn: string | null, kind: string, domainLabel: string, themeLabel: string | null, sourceOrganisation: string, subjectOrganisation: string | null, outcome: string }> } };

export type SignalEvidenceRecordsQueryVariables = Exact<{
  id: string | number;
  limit: number;
}>;


export type SignalEvidenceRecordsQuery = { signal: { id: string, evidenceRecords: Array<{ recordId: string, recordType: string, kind: string | null, startedOn: unknown, endedOn: unknown, themeCode: string | null, sourceOrganisationCode: string | null, subjectOrganisationCode: string | null, subjectKeyShort: string | null, outcome: string | null, textRedacted: string | null }> } | null };

export type SignalQueryVariables = Exact<{
  id: string | number;
}>;


export type SignalQuery = { signal: { id: string, ruleCode: string, ruleLabel: string, scopeKey: string, themeLabel: string | null, organisationName: string | null, domainCode: string | null, law: string | null, periodStart: unknown, periodEnd: unknown, score: number | null, scoreSuppressed: boolean, status: SignalStatus, statusNote: string | null, statusChangedAt: unknown, active: boolean, firstSeenAt: unknown, organisations: Array<{ code: string, name: string }>, evidence: Array<{ name: string, value: number | null, suppressed: boolean, text: string | null, organisationCode: string | null, themeCode: string | null }> } | null };

export type SignalRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignalRulesQuery = { signalRules: Array<{ code: string, label: string, description: string, enabled: boolean }> };

export type SignalsQueryVariables = Exact<{
  filter?: SignalFilterInput | null | undefined;
}>;


export type SignalsQuery = { signals: Array<{ id: string, ruleCode: string, ruleLabel: string, scopeKey: string, themeLabel: string | null, organisationName: string | null, domainCode: string | null, law: string | null, periodStart: unknown, periodEnd: unknown, score: number | null, scoreSuppressed: boolean, status: SignalStatus, active: boolean }> };

export type UpdateSignalStatusMutationVariables = Exact<{
  id: string | number;
  status: SignalStatus;
  note?: string | null | undefined;
}>;


export type UpdateSignalStatusMutation = { updateSignalStatus: { id: string, status: SignalStatus, statusNote: string | null, statusChangedAt: unknown } };

export type DataFreshnessQueryVariables = Exact<{ [key: string]: never; }>;


export type DataFreshnessQuery = { dataFreshness: { today: string, sources: Array<{ organisationCode: string, organisationName: string, kind: string, lastImportAt: string | null, latestBusinessDate: string | null, daysSinceLatestData: number | null, expectedWithinDays: number, stale: boolean, rows: { value: number | null, suppressed: boolean } }> } };

export type ImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobQuery = { importJob: { id: string, fileName: string, profile: string, status: ImportStatus, error: string | null, rowsRead: number, rowsInserted: number, rowsUpdated: number, rowsUnchanged: number, rowsRejected: number, progress: { phase: string, percent: number | null, rowsRead: number, rowsRejected: number, rowsPerSecond: number | null } | null } | null };

export type ImportProfilesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportProfilesQuery = { importProfiles: Array<{ name: string, label: string, description: string | null, error: string | null }> };

export type ImportsQueryVariables = Exact<{
  limit: number;
  offset: number;
}>;


export type ImportsQuery = { imports: { totalCount: number, items: Array<{ id: string, fileName: string, profile: string, status: ImportStatus, createdAt: unknown, finishedAt: unknown, rowsRead: number, rowsInserted: number, rowsUpdated: number, rowsUnchanged: number, rowsRejected: number, error: string | null, warnings: Array<string> }> } };

export type RejectedRowsQueryVariables = Exact<{
  importId: string | number;
  limit: number;
  offset: number;
}>;


export type RejectedRowsQuery = { rejectedRows: { importId: string, totalCount: number, rows: Array<{ id: string, rowNumber: number, columnName: string | null, value: string | null, reason: string }> } };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { status: string, database: boolean, version: string } };

export type ThermometerQueryVariables = Exact<{
  period?: string | null | undefined;
}>;


export type ThermometerQuery = { thermometer: { disclosureControl: boolean, threshold: number, period: { quarter: string, comparisonQuarter: string, start: string, end: string }, domains: Array<{ domain: string, label: string, colour: ThermometerColour, explanation: string, decidingIndicator: ThermometerIndicatorName | null, biggestChange: { indicator: ThermometerIndicatorName, label: string, explanation: string } | null, indicators: Array<{ indicator: ThermometerIndicatorName, label: string, colour: ThermometerColour, reading: number | null, current: number | null, previous: number | null, amberFrom: number, redFrom: number, higherIsWorse: boolean, suppressed: boolean, explanation: string }>, trend: Array<{ quarter: string, start: string, count: number | null, ratePer1000: number | null, suppressed: boolean }> }> } };

export type HandlingTimesQueryVariables = Exact<{
  query: HandlingTimesQueryInput;
}>;


export type HandlingTimesQuery = { handlingTimes: { disclosureControl: boolean, norm: { code: string, label: string, legalBasis: string, termDays: number, committeeTermDays: number | null, dataNote: string }, rows: Array<{ code: string | null, label: string | null, received: { value: number | null, suppressed: boolean }, closed: { value: number | null, suppressed: boolean }, medianDays: { value: number | null, suppressed: boolean }, p90Days: { value: number | null, suppressed: boolean }, withinTermPercentage: { value: number | null, suppressed: boolean }, beyondTermPercentage: { value: number | null, suppressed: boolean }, extendedPercentage: { value: number | null, suppressed: boolean }, openBeyondTerm: { value: number | null, suppressed: boolean } }> } };

export type NormsQueryVariables = Exact<{ [key: string]: never; }>;


export type NormsQuery = { norms: Array<{ code: string, label: string, status: string, legalBasis: string, termDays: number, committeeTermDays: number | null, workingDays: boolean, computable: boolean, dataNote: string, extension: { maxDays: number, times: number } | null }> };

export type WaitingTimeComplaintsQueryVariables = Exact<{
  query: IndicatorQueryInput;
}>;


export type WaitingTimeComplaintsQuery = { waitingTimeComplaints: { disclosureControl: boolean, rows: Array<{ code: string | null, label: string | null, complaints: { value: number | null, suppressed: boolean }, waitingTime: { value: number | null, suppressed: boolean }, waitingTimeShare: { value: number | null, suppressed: boolean } }>, totals: Array<{ period: string | null, complete: boolean, complaints: { value: number | null, suppressed: boolean }, waitingTime: { value: number | null, suppressed: boolean }, waitingTimeShare: { value: number | null, suppressed: boolean } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AuthOptionsDocument = new TypedDocumentString(`
    query AuthOptions {
  authOptions {
    oidc
  }
}
    `) as unknown as TypedDocumentString<AuthOptionsQuery, AuthOptionsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    id
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ChainDocument = new TypedDocumentString(`
    query Chain($query: ChainQueryInput!) {
  chain(query: $query) {
    disclosureControl
    windowDays
    complaints {
      value
      suppressed
    }
    objections {
      value
      suppressed
    }
    escalationRate {
      value
      suppressed
    }
    stages {
      code
      label
      count {
        value
        suppressed
      }
    }
    transitions {
      from
      to
      label
      citizens {
        value
        suppressed
      }
      moved {
        value
        suppressed
      }
      movedPercentage {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainQuery, ChainQueryVariables>;
export const MetricsDocument = new TypedDocumentString(`
    query Metrics($query: MetricsQueryInput!) {
  metrics(query: $query) {
    disclosureControl
    rows {
      period
      complete
      dimensions {
        dimension
        code
        label
      }
      values {
        measure
        value
        suppressed
        previousValue
        previousSuppressed
        change
        changePercentage
        changePercentagePoints
        smallNumbers
      }
    }
    totals {
      period
      complete
      values {
        measure
        value
        suppressed
        previousValue
        previousSuppressed
        change
        changePercentage
        changePercentagePoints
        smallNumbers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsQuery, MetricsQueryVariables>;
export const MunicipalitiesDocument = new TypedDocumentString(`
    query Municipalities {
  municipalities {
    code
    name
    region
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const ProviderComplianceDocument = new TypedDocumentString(`
    query ProviderCompliance($query: ProviderComplianceQueryInput!) {
  providerCompliance(query: $query) {
    disclosureControl
    halfYears {
      periodStart
      periodEnd
      dueOn
      required {
        value
        suppressed
      }
      onTime {
        value
        suppressed
      }
      late {
        value
        suppressed
      }
      missing {
        value
        suppressed
      }
      notYetDue {
        value
        suppressed
      }
      onTimePercentage {
        value
        suppressed
      }
    }
    providers {
      organisationCode
      organisationName
      municipalityCode
      periodStart
      dueOn
      submittedOn
      status
      daysLate
    }
  }
}
    `) as unknown as TypedDocumentString<ProviderComplianceQuery, ProviderComplianceQueryVariables>;
export const CaseRecordDocument = new TypedDocumentString(`
    query CaseRecord($id: ID!) {
  caseRecord(id: $id) {
    id
    receivedOn
    closedOn
    kind
    line
    channel
    complainantType
    domainLabel
    themeLabel
    sourceOrganisation
    subjectOrganisation
    neighbourhoodCode
    outcome
    subjectKeyShort
    textRedacted
  }
}
    `) as unknown as TypedDocumentString<CaseRecordQuery, CaseRecordQueryVariables>;
export const CaseRecordsDocument = new TypedDocumentString(`
    query CaseRecords($filter: CaseRecordFilterInput, $page: PageInput) {
  caseRecords(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    records {
      id
      receivedOn
      closedOn
      kind
      domainLabel
      themeLabel
      sourceOrganisation
      subjectOrganisation
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRecordsQuery, CaseRecordsQueryVariables>;
export const SignalEvidenceRecordsDocument = new TypedDocumentString(`
    query SignalEvidenceRecords($id: ID!, $limit: Int!) {
  signal(id: $id) {
    id
    evidenceRecords(limit: $limit) {
      recordId
      recordType
      kind
      startedOn
      endedOn
      themeCode
      sourceOrganisationCode
      subjectOrganisationCode
      subjectKeyShort
      outcome
      textRedacted
    }
  }
}
    `) as unknown as TypedDocumentString<SignalEvidenceRecordsQuery, SignalEvidenceRecordsQueryVariables>;
export const SignalDocument = new TypedDocumentString(`
    query Signal($id: ID!) {
  signal(id: $id) {
    id
    ruleCode
    ruleLabel
    scopeKey
    themeLabel
    organisationName
    domainCode
    law
    periodStart
    periodEnd
    score
    scoreSuppressed
    status
    statusNote
    statusChangedAt
    active
    firstSeenAt
    organisations {
      code
      name
    }
    evidence {
      name
      value
      suppressed
      text
      organisationCode
      themeCode
    }
  }
}
    `) as unknown as TypedDocumentString<SignalQuery, SignalQueryVariables>;
export const SignalRulesDocument = new TypedDocumentString(`
    query SignalRules {
  signalRules {
    code
    label
    description
    enabled
  }
}
    `) as unknown as TypedDocumentString<SignalRulesQuery, SignalRulesQueryVariables>;
export const SignalsDocument = new TypedDocumentString(`
    query Signals($filter: SignalFilterInput) {
  signals(filter: $filter) {
    id
    ruleCode
    ruleLabel
    scopeKey
    themeLabel
    organisationName
    domainCode
    law
    periodStart
    periodEnd
    score
    scoreSuppressed
    status
    active
  }
}
    `) as unknown as TypedDocumentString<SignalsQuery, SignalsQueryVariables>;
export const UpdateSignalStatusDocument = new TypedDocumentString(`
    mutation UpdateSignalStatus($id: ID!, $status: SignalStatus!, $note: String) {
  updateSignalStatus(id: $id, status: $status, note: $note) {
    id
    status
    statusNote
    statusChangedAt
  }
}
    `) as unknown as TypedDocumentString<UpdateSignalStatusMutation, UpdateSignalStatusMutationVariables>;
export const DataFreshnessDocument = new TypedDocumentString(`
    query DataFreshness {
  dataFreshness {
    today
    sources {
      organisationCode
      organisationName
      kind
      lastImportAt
      latestBusinessDate
      daysSinceLatestData
      expectedWithinDays
      stale
      rows {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DataFreshnessQuery, DataFreshnessQueryVariables>;
export const ImportJobDocument = new TypedDocumentString(`
    query ImportJob($id: ID!) {
  importJob(id: $id) {
    id
    fileName
    profile
    status
    error
    rowsRead
    rowsInserted
    rowsUpdated
    rowsUnchanged
    rowsRejected
    progress {
      phase
      percent
      rowsRead
      rowsRejected
      rowsPerSecond
    }
  }
}
    `) as unknown as TypedDocumentString<ImportJobQuery, ImportJobQueryVariables>;
export const ImportProfilesDocument = new TypedDocumentString(`
    query ImportProfiles {
  importProfiles {
    name
    label
    description
    error
  }
}
    `) as unknown as TypedDocumentString<ImportProfilesQuery, ImportProfilesQueryVariables>;
export const ImportsDocument = new TypedDocumentString(`
    query Imports($limit: Int!, $offset: Int!) {
  imports(limit: $limit, offset: $offset) {
    totalCount
    items {
      id
      fileName
      profile
      status
      createdAt
      finishedAt
      rowsRead
      rowsInserted
      rowsUpdated
      rowsUnchanged
      rowsRejected
      error
      warnings
    }
  }
}
    `) as unknown as TypedDocumentString<ImportsQuery, ImportsQueryVariables>;
export const RejectedRowsDocument = new TypedDocumentString(`
    query RejectedRows($importId: ID!, $limit: Int!, $offset: Int!) {
  rejectedRows(importId: $importId, limit: $limit, offset: $offset) {
    importId
    totalCount
    rows {
      id
      rowNumber
      columnName
      value
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RejectedRowsQuery, RejectedRowsQueryVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    status
    database
    version
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const ThermometerDocument = new TypedDocumentString(`
    query Thermometer($period: String) {
  thermometer(period: $period) {
    disclosureControl
    threshold
    period {
      quarter
      comparisonQuarter
      start
      end
    }
    domains {
      domain
      label
      colour
      explanation
      decidingIndicator
      biggestChange {
        indicator
        label
        explanation
      }
      indicators {
        indicator
        label
        colour
        reading
        current
        previous
        amberFrom
        redFrom
        higherIsWorse
        suppressed
        explanation
      }
      trend {
        quarter
        start
        count
        ratePer1000
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThermometerQuery, ThermometerQueryVariables>;
export const HandlingTimesDocument = new TypedDocumentString(`
    query HandlingTimes($query: HandlingTimesQueryInput!) {
  handlingTimes(query: $query) {
    disclosureControl
    norm {
      code
      label
      legalBasis
      termDays
      committeeTermDays
      dataNote
    }
    rows {
      code
      label
      received {
        value
        suppressed
      }
      closed {
        value
        suppressed
      }
      medianDays {
        value
        suppressed
      }
      p90Days {
        value
        suppressed
      }
      withinTermPercentage {
        value
        suppressed
      }
      beyondTermPercentage {
        value
        suppressed
      }
      extendedPercentage {
        value
        suppressed
      }
      openBeyondTerm {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HandlingTimesQuery, HandlingTimesQueryVariables>;
export const NormsDocument = new TypedDocumentString(`
    query Norms {
  norms {
    code
    label
    status
    legalBasis
    termDays
    committeeTermDays
    workingDays
    computable
    dataNote
    extension {
      maxDays
      times
    }
  }
}
    `) as unknown as TypedDocumentString<NormsQuery, NormsQueryVariables>;
export const WaitingTimeComplaintsDocument = new TypedDocumentString(`
    query WaitingTimeComplaints($query: IndicatorQueryInput!) {
  waitingTimeComplaints(query: $query) {
    disclosureControl
    rows {
      code
      label
      complaints {
        value
        suppressed
      }
      waitingTime {
        value
        suppressed
      }
      waitingTimeShare {
        value
        suppressed
      }
    }
    totals {
      period
      complete
      complaints {
        value
        suppressed
      }
      waitingTime {
        value
        suppressed
      }
      waitingTimeShare {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WaitingTimeComplaintsQuery, WaitingTimeComplaintsQueryVariables>;