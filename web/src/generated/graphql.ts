/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A provider's contract with a municipality for one domain */
export type AddContractInput = {
  /** Domain code, e.g. wmo */
  domain: string;
  /** yyyy-mm-dd */
  endsOn?: string | null | undefined;
  /** Half-year complaint report required; default yes */
  halfYearReportRequired?: boolean | null | undefined;
  /** CBS code of the municipality */
  municipalityCode: string;
  /** Organisation code of the provider */
  organisation: string;
  /** Contract number */
  reference?: string | null | undefined;
  /** yyyy-mm-dd */
  startsOn: string;
};

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
  /** Words to find in the redacted text (Dutch stemming; "exact phrase", or, -word); ranks the best match first */
  search?: string | null | undefined;
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

/** Complaints per 1,000 clients in one calendar year */
export type ClientRatesInput = {
  /** Only this domain (providers: their clients in it) */
  domain?: string | null | undefined;
  /** CBS code; ignored for a user bound to a municipality */
  municipalityCode?: string | null | undefined;
  year: number;
};

/** Which period a value is compared with */
export type Comparison =
  /** Geen vergelijking */
  | 'NONE'
  /** Vorige periode */
  | 'PREVIOUS_PERIOD'
  /** Zelfde periode vorig jaar */
  | 'SAME_PERIOD_LAST_YEAR';

/** How complete the figures of a period are (docs/indicators/coverage.md) */
export type Completeness =
  /** Definitief: elke verwachte bron heeft de hele periode geleverd */
  | 'definitief'
  /** Nog niet geleverd: geen bron heeft iets over deze periode geleverd */
  | 'nog_niet_geleverd'
  /** Voorlopig: nog niet elke verwachte bron heeft de hele periode geleverd */
  | 'voorlopig';

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

/** A new personal API token */
export type CreateApiTokenInput = {
  /** What the token is for, e.g. "Power BI dashboard"; 1–100 characters */
  name: string;
  /** Days until it expires: 1–365, default 90 */
  validDays?: number | null | undefined;
};

/** A new saved view: a name and the page with its dashboard state */
export type CreateSavedViewInput = {
  /** 1–80 characters, unique among your own views */
  name: string;
  /** The page, e.g. /themas */
  path: string;
  /** The query string with its '?', or empty */
  search: string;
};

export type CreateThemeInput = {
  /** Lowercase snake_case, unique, never changes */
  code: string;
  description?: string | null | undefined;
  /** A theme: its domain (null: every domain); a subtheme takes its parent domain */
  domainCode?: string | null | undefined;
  keywords: Array<string>;
  label: string;
  /** A subtheme: the code of its parent theme */
  parentCode?: string | null | undefined;
};

/** A new local account with a first password */
export type CreateUserInput = {
  displayName: string;
  /** CBS code; null = every municipality */
  municipalityCode?: string | null | undefined;
  /** First password (same policy as every password) */
  password: string;
  role: Role;
  /** Letters, digits, dot, dash and underscore; 3–64 characters */
  username: string;
};

/** Inclusive range of calendar days (date of receipt) */
export type DateRangeInput = {
  from: unknown;
  to: unknown;
};

export type DecideThemeReviewInput = {
  decision: ThemeReviewDecision;
  recordId: string | number;
  /** The chosen theme code (only with ander_thema) */
  themeCode?: string | null | undefined;
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
  /** Wijk (buurten opgeteld) */
  | 'neighbourhoodWijk'
  /** Uitkomst */
  | 'outcome'
  /** Bronorganisatie */
  | 'sourceOrganisation'
  /** Betrokken organisatie */
  | 'subjectOrganisation'
  /** Subthema */
  | 'subtheme'
  /** Thema */
  | 'theme';

/** pdf (tagged), docx, xlsx */
export type DocumentFormat =
  | 'docx'
  | 'pdf'
  | 'xlsx';

/** wachtend (queued), bezig (rendering), klaar (ready), mislukt (failed) */
export type DocumentStatus =
  | 'bezig'
  | 'klaar'
  | 'mislukt'
  | 'wachtend';

export type DrawPanelSampleInput = {
  allocation?: PanelAllocation | null | undefined;
  frame: PanelFrameInput;
  /** Only for users not scoped to one municipality */
  municipalityCode?: string | null | undefined;
  /** 1, or 2 for a second opinion (agreement shown) */
  reviewersPerCase?: number;
  /** Any text; the same seed gives the same sample */
  seed: string;
  size: number;
  stratifyBy?: PanelStratifyBy | null | undefined;
  title: string;
};

/** The u-chart verdict on the complaint rate of the theme after the effect date */
export type EffectVerdict =
  | 'duidelijke_daling'
  | 'duidelijke_stijging'
  | 'normale_variatie'
  | 'te_weinig_gegevens';

/** Where a rate lies against the control limits around the regional rate; outside is a reason to look, not a verdict */
export type FunnelPosition =
  | 'BINNEN'
  | 'BOVEN_95'
  | 'BOVEN_998'
  | 'ONDER_95'
  | 'ONDER_998';

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
  /** Date the age of open records is measured to; default: the export date of the source that delivered each record (never after today) */
  asOf?: unknown;
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

/** A measure to add to or change in the register (beleid, beheer) */
export type MeasureInput = {
  decidedOn: unknown;
  description?: string | null | undefined;
  effectiveOn: unknown;
  expectedEffect: string;
  /** Municipality code; required for a user who is not scoped to one municipality */
  municipalityCode?: string | null | undefined;
  owner: string;
  pcReference?: string | null | undefined;
  recommendationStatus?: RecommendationStatus | null | undefined;
  sourceKind?: MeasureSourceKind | null | undefined;
  sourceRef?: string | null | undefined;
  status?: MeasureStatus | null | undefined;
  themeCode: string;
  title: string;
};

/** Where the measure came from: a signal, a citizens panel finding or an ombudsman recommendation */
export type MeasureSourceKind =
  | 'ombudsmanaanbeveling'
  | 'panelbevinding'
  | 'signaal';

/** besloten (decided), in_uitvoering (being carried out), uitgevoerd (done), gestopt (stopped) */
export type MeasureStatus =
  | 'besloten'
  | 'gestopt'
  | 'in_uitvoering'
  | 'uitgevoerd';

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

/** The map: the period and the same filters as the indicators */
export type NeighbourhoodMapInput = {
  dateRange: DateRangeInput;
  filters?: MetricsFilterInput | null | undefined;
};

/** Per 1,000 inhabitants when every area on the map has its inhabitants, else counts */
export type NeighbourhoodMapMeasure =
  | 'COUNT'
  | 'PER_1000_INHABITANTS';

/** Breakdown of outcomes and remedies */
export type OutcomeDimension =
  /** Domein */
  | 'domain'
  /** Wet */
  | 'law'
  /** Lijn */
  | 'line'
  /** Betrokken organisatie */
  | 'subjectOrganisation'
  /** Thema */
  | 'theme';

/** Filters of the outcome indicators: lists of codes, OR within a list */
export type OutcomeFilterInput = {
  domain?: Array<string> | null | undefined;
  law?: Array<string> | null | undefined;
  line?: Array<string> | null | undefined;
  /** CBS municipality codes (GMnnnn) */
  municipality?: Array<string> | null | undefined;
  /** Organisation codes; "onbekend" when missing */
  subjectOrganisation?: Array<string> | null | undefined;
  /** Theme codes; "geen" without a theme */
  theme?: Array<string> | null | undefined;
};

/** Outcomes and remedies of complaints or objections */
export type OutcomesQueryInput = {
  /** Date of receipt */
  dateRange: DateRangeInput;
  dimension?: OutcomeDimension | null | undefined;
  family: HandlingTimeFamily;
  filters?: OutcomeFilterInput | null | undefined;
  granularity?: Granularity | null | undefined;
};

/** Keyset pagination, newest first */
export type PageInput = {
  /** endCursor of the previous page */
  after?: string | null | undefined;
  /** At most 100 */
  first?: number;
  /** Records to skip (a page number in a link); not together with after; at most 100000 */
  offset?: number | null | undefined;
};

/** proportioneel (as in the frame) or gelijk (the same number per stratum, weights kept) */
export type PanelAllocation =
  | 'gelijk'
  | 'proportioneel';

/** ja, nee or onduidelijk (unclear) */
export type PanelAnswer =
  | 'ja'
  | 'nee'
  | 'onduidelijk';

/** Which decided objection decisions a sample is drawn from; every field optional */
export type PanelFrameInput = {
  advisoryCommittee?: boolean | null | undefined;
  decidedFrom?: unknown;
  decidedTo?: unknown;
  domains?: Array<string> | null | undefined;
  laws?: Array<string> | null | undefined;
  outcomes?: Array<string> | null | undefined;
  overTerm?: boolean | null | undefined;
  themeCodes?: Array<string> | null | undefined;
};

/** What the strata of a sample are */
export type PanelStratifyBy =
  | 'advisory_committee'
  | 'law'
  | 'outcome'
  | 'theme';

/** Half years overlapping the range; optionally one municipality */
export type ProviderComplianceQueryInput = {
  dateRange: DateRangeInput;
  /** CBS municipality codes (GMnnnn) */
  municipality?: Array<string> | null | undefined;
};

/** opgevolgd (followed), niet_opgevolgd (not followed), in_afwachting (pending) */
export type RecommendationStatus =
  | 'in_afwachting'
  | 'niet_opgevolgd'
  | 'opgevolgd';

/** The regional comparison: complaints received in a period */
export type RegionalComparisonInput = {
  /** Date of receipt */
  dateRange: DateRangeInput;
  dimension: RegionalDimension;
  /** Only this domain (code) */
  domain?: string | null | undefined;
};

/** Compare per domain or per (top) theme */
export type RegionalDimension =
  | 'DOMEIN'
  | 'THEMA';

/** Which report to compose: a P&C moment and a period (half year, year or custom) */
export type ReportInput = {
  from: unknown;
  kind: ReportKind;
  /** Only for users not scoped to one municipality */
  municipalityCode?: string | null | undefined;
  /** The college's own words per section */
  texts?: Array<ReportTextInput> | null | undefined;
  to: unknown;
};

/** P&C moment: voorjaarsnota, bestuursrapportage, jaarverslag, or the annual complaints report */
export type ReportKind =
  | 'bestuursrapportage'
  | 'jaarverslag'
  | 'klachtenjaarverslag'
  | 'voorjaarsnota';

/** The college's own words for one section */
export type ReportTextInput = {
  sectionId: string;
  text: string;
};

/** raad (gemeenteraad), panel (burgerpanel), college (B&W), beleid (beleidsmedewerker), beheer */
export type Role =
  | 'beheer'
  | 'beleid'
  | 'college'
  | 'panel'
  | 'raad';

/** A handling term for the records of one source, optionally one theme or kind */
export type SaveHandlingNormInput = {
  /** Record kind; empty = every kind */
  kind?: string | null | undefined;
  /** CBS code of the municipality */
  municipalityCode: string;
  note?: string | null | undefined;
  /** Code of the legal term this one stands in for, e.g. awb_9_11 */
  replacesNorm: string;
  /** Organisation code of the source */
  source: string;
  termAmount: number;
  /** dagen or weken */
  termUnit: string;
  /** Theme code; empty = every theme */
  theme?: string | null | undefined;
  /** yyyy-mm-dd */
  validFrom: string;
  /** yyyy-mm-dd */
  validTo?: string | null | undefined;
};

/** A municipality and (optionally) its inhabitants in a year */
export type SaveMunicipalityInput = {
  /** CBS code, e.g. GM0344 */
  code: string;
  /** Inhabitants (for rates per 1,000) */
  inhabitants?: number | null | undefined;
  name: string;
  province?: string | null | undefined;
  region?: string | null | undefined;
  /** Year of the inhabitants; default this year */
  year?: number | null | undefined;
};

/** An organisation, added or updated by its code */
export type SaveOrganisationInput = {
  /** yyyy-mm-dd */
  activeFrom?: string | null | undefined;
  /** yyyy-mm-dd */
  activeTo?: string | null | undefined;
  /** Other spellings exports use */
  aliases?: Array<string> | null | undefined;
  /** Lower case letters, digits and dashes */
  code: string;
  /** gemeente, aanbieder, ombudsman or samenwerkingsverband */
  kind: string;
  municipalityCode?: string | null | undefined;
  name: string;
};

/** Only the fields given are saved (save per field); null clears a field */
export type SavePanelReviewInput = {
  decisionId: string | number;
  normCodes?: Array<string> | null | undefined;
  reasonable?: PanelAnswer | null | undefined;
  reasonableExplanation?: string | null | undefined;
  sampleId: string | number;
  systemError?: PanelAnswer | null | undefined;
};

/** Whether a municipality takes part in the regional comparison */
export type SetRegionalParticipationInput = {
  /** CBS code */
  municipalityCode: string;
  participates: boolean;
};

/** alle: every new signal (and when one becomes urgent); urgent: only urgent signals */
export type SignalAlertScope =
  | 'alle'
  | 'urgent';

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

/** laag, midden, hoog: the size of the deviation per rule (docs/indicators/signals.md) */
export type SignalSeverity =
  | 'hoog'
  | 'laag'
  | 'midden';

/** nieuw (new), in_behandeling (under review), opgepakt (addressed) */
export type SignalStatus =
  | 'in_behandeling'
  | 'nieuw'
  | 'opgepakt';

/** geaccepteerd (the suggestion is right), ander_thema (another theme), geen_thema (no theme) */
export type ThemeReviewDecision =
  | 'ander_thema'
  | 'geaccepteerd'
  | 'geen_thema';

/** onder_drempel (suggestion below the threshold), onenigheid (keyword rules and model disagree), steekproef (random audit sample of accepted suggestions) */
export type ThemeReviewReason =
  | 'onder_drempel'
  | 'onenigheid'
  | 'steekproef';

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

/** A change to one of your own views: rename, set to another state, share or stop sharing */
export type UpdateSavedViewInput = {
  id: number;
  name?: string | null | undefined;
  /** With search: the new page and state */
  path?: string | null | undefined;
  search?: string | null | undefined;
  shared?: boolean | null | undefined;
};

export type UpdateThemeInput = {
  code: string;
  description?: string | null | undefined;
  keywords?: Array<string> | null | undefined;
  label?: string | null | undefined;
  /** Move: true with parentCode (null or left out: make it a theme of its own) */
  move?: boolean | null | undefined;
  parentCode?: string | null | undefined;
};

/** A change to an account's role, municipality or whether it may log in */
export type UpdateUserInput = {
  active: boolean;
  id: number;
  /** CBS code; null = every municipality */
  municipalityCode?: string | null | undefined;
  role: Role;
};

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, info: { id: number, name: string, expiresAt: unknown } } };

export type IndicatorApiQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorApiQuery = { indicatorApi: { basePath: string, indicators: Array<{ name: string, label: string, definition: string, additive: boolean, csvPath: string }>, indicatorColumns: Array<{ name: string, meaning: string }>, families: Array<{ name: string, label: string, definition: string, csvPath: string, breakdowns: Array<string>, filters: Array<string>, columns: Array<{ name: string, meaning: string }> }>, parameters: Array<{ param: string, label: string, definition: string, filter: boolean, breakdown: boolean }>, granularities: Array<{ param: string, label: string }> } };

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { myApiTokens: Array<{ id: number, name: string, prefix: string, createdAt: unknown, expiresAt: unknown, lastUsedAt: unknown, revokedAt: unknown }> };

export type RevokeApiTokenMutationVariables = Exact<{
  id: number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type AuthOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthOptionsQuery = { authOptions: { oidc: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

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


export type MetricsQuery = { metrics: { disclosureControl: boolean, rows: Array<{ period: string | null, complete: boolean, dimensions: Array<{ dimension: Dimension, code: string, label: string }>, values: Array<{ measure: Measure, value: number | null, suppressed: boolean, previousValue: number | null, previousSuppressed: boolean, change: number | null, changePercentage: number | null, changePercentagePoints: number | null, smallNumbers: boolean | null }> }>, totals: Array<{ period: string | null, complete: boolean, comparable: boolean, coverage: { completeness: Completeness, sourcesDelivered: number, sourcesExpected: number, notDelivered: Array<string> }, values: Array<{ measure: Measure, value: number | null, suppressed: boolean, previousValue: number | null, previousSuppressed: boolean, change: number | null, changePercentage: number | null, changePercentagePoints: number | null, smallNumbers: boolean | null }> }> } };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: Array<{ code: string, name: string, region: string | null }> };

export type AddHandlingNormMutationVariables = Exact<{
  input: SaveHandlingNormInput;
}>;


export type AddHandlingNormMutation = { addHandlingNorm: number };

export type ChangeHandlingNormMutationVariables = Exact<{
  id: number;
  input: SaveHandlingNormInput;
}>;


export type ChangeHandlingNormMutation = { changeHandlingNorm: boolean };

export type EndHandlingNormMutationVariables = Exact<{
  id: number;
  validTo: string;
}>;


export type EndHandlingNormMutation = { endHandlingNorm: boolean };

export type HandlingNormsQueryVariables = Exact<{ [key: string]: never; }>;


export type HandlingNormsQuery = { handlingNorms: Array<{ id: number, municipalityCode: string, source: string, sourceName: string, theme: string | null, themeLabel: string | null, kind: string | null, termAmount: number, termUnit: string, termDays: number, replacesNorm: string, validFrom: string, validTo: string | null, note: string | null }>, handlingNormThemes: Array<{ code: string, label: string }>, norms: Array<{ code: string, label: string }> };

export type CreateMeasureMutationVariables = Exact<{
  input: MeasureInput;
}>;


export type CreateMeasureMutation = { createMeasure: { id: string, title: string } };

export type MeasureEffectQueryVariables = Exact<{
  id: string | number;
}>;


export type MeasureEffectQuery = { measure: { id: string, title: string, themeLabel: string, effectiveOn: unknown, effect: { verdict: EffectVerdict, explanation: string, centreLine: number | null, afterRate: number | null, points: Array<{ period: unknown, after: boolean, count: number | null, rate: number | null, lowerLimit: number | null, upperLimit: number | null, beyondLimits: boolean }> }, effectPerClients: { verdict: EffectVerdict, centreLine: number | null, afterRate: number | null } | null } | null };

export type MeasuresQueryVariables = Exact<{
  themeCode?: string | null | undefined;
}>;


export type MeasuresQuery = { measures: Array<{ id: string, title: string, description: string | null, themeCode: string, themeLabel: string, sourceKind: MeasureSourceKind | null, sourceRef: string | null, owner: string, decidedOn: unknown, effectiveOn: unknown, expectedEffect: string, status: MeasureStatus, recommendationStatus: RecommendationStatus | null, pcReference: string | null }> };

export type RecommendationFollowUpQueryVariables = Exact<{ [key: string]: never; }>;


export type RecommendationFollowUpQuery = { recommendationFollowUp: Array<{ sourceKind: MeasureSourceKind, total: number, followed: number, notFollowed: number, pending: number, followedShare: number | null, notFollowedShare: number | null, pendingShare: number | null, followedOfDecided: number | null }> };

export type UpdateMeasureMutationVariables = Exact<{
  id: string | number;
  input: MeasureInput;
}>;


export type UpdateMeasureMutation = { updateMeasure: { id: string, status: MeasureStatus, recommendationStatus: RecommendationStatus | null } };

export type NeighbourhoodBoundarySetsQueryVariables = Exact<{ [key: string]: never; }>;


export type NeighbourhoodBoundarySetsQuery = { neighbourhoodBoundarySets: Array<{ municipalityCode: string, municipalityName: string, level: string, areas: number, withInhabitants: number, sourceFile: string, importedAt: unknown }> };

export type NeighbourhoodMapQueryVariables = Exact<{
  query: NeighbourhoodMapInput;
}>;


export type NeighbourhoodMapQuery = { neighbourhoodMap: { measure: NeighbourhoodMapMeasure, level: string | null, disclosureControl: boolean, areas: Array<{ code: string, name: string, geometry: string, inhabitants: number | null, count: number | null, rate: number | null, suppressed: boolean }>, unmapped: Array<{ code: string, label: string, count: number | null, suppressed: boolean }> } };

export type OutcomesQueryVariables = Exact<{
  query: OutcomesQueryInput;
}>;


export type OutcomesQuery = { outcomes: { disclosureControl: boolean, rows: Array<{ code: string | null, label: string | null, decided: { value: number | null, suppressed: boolean }, gegrond: { value: number | null, suppressed: boolean }, deelsGegrond: { value: number | null, suppressed: boolean }, ongegrond: { value: number | null, suppressed: boolean }, upholdRate: { value: number | null, suppressed: boolean }, upholdRateLower: { value: number | null, suppressed: boolean }, upholdRateUpper: { value: number | null, suppressed: boolean }, recommendationsMade: { value: number | null, suppressed: boolean }, recommendationsFollowed: { value: number | null, suppressed: boolean }, recommendationsNotFollowed: { value: number | null, suppressed: boolean }, recommendationFollowedRate: { value: number | null, suppressed: boolean }, recommendationFollowedRateLower: { value: number | null, suppressed: boolean }, recommendationFollowedRateUpper: { value: number | null, suppressed: boolean } }> } };

export type UpheldMeasuresQueryVariables = Exact<{
  query: OutcomesQueryInput;
}>;


export type UpheldMeasuresQuery = { upheldComplaintMeasures: { disclosureControl: boolean, upheld: { value: number | null, suppressed: boolean }, measures: Array<{ measure: string, count: { value: number | null, suppressed: boolean }, share: { value: number | null, suppressed: boolean } }> } };

export type AddPanelSignalFindingMutationVariables = Exact<{
  signalId: string | number;
  sampleId?: string | number | null | undefined;
  finding: string;
}>;


export type AddPanelSignalFindingMutation = { addPanelSignalFinding: { id: string } };

export type AssignPanelMembersMutationVariables = Exact<{
  sampleId: string | number;
  userIds: Array<number> | number;
}>;


export type AssignPanelMembersMutation = { assignPanelMembers: { id: string } };

export type ConductNormsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConductNormsQuery = { conductNorms: Array<{ code: string, label: string, description: string, norms: Array<{ code: string, label: string, description: string }> }> };

export type ConfirmPanelSystemErrorMutationVariables = Exact<{
  sampleId: string | number;
  decisionId: string | number;
  confirmed: boolean;
  note?: string | null | undefined;
}>;


export type ConfirmPanelSystemErrorMutation = { confirmPanelSystemError: { decisionId: string, confirmed: boolean, confirmationNote: string | null } };

export type DrawPanelSampleMutationVariables = Exact<{
  input: DrawPanelSampleInput;
}>;


export type DrawPanelSampleMutation = { drawPanelSample: { id: string } };

export type PanelCaseQueryVariables = Exact<{
  sampleId: string | number;
  decisionId: string | number;
}>;


export type PanelCaseQuery = { panelCase: { sampleId: string, sampleTitle: string, decisionId: string, caseNumber: number, lawLabel: string, domainLabel: string, themeLabel: string | null, decisionType: string | null, primaryDecisionOn: unknown, objectionReceivedOn: unknown, decidedOn: unknown, advisoryCommittee: boolean, extended: boolean, termMet: boolean | null, outcomeLabel: string, summaryRedacted: string | null, confirmed: boolean, confirmationNote: string | null, myReview: { systemError: PanelAnswer | null, normCodes: Array<string>, reasonable: PanelAnswer | null, reasonableExplanation: string | null, updatedAt: unknown } | null, reviews: Array<{ reviewerName: string, systemError: PanelAnswer | null, normCodes: Array<string>, reasonable: PanelAnswer | null, reasonableExplanation: string | null }> } };

export type PanelCasesQueryVariables = Exact<{
  sampleId?: string | number | null | undefined;
}>;


export type PanelCasesQuery = { panelCases: Array<{ sampleId: string, sampleTitle: string, decisionId: string, caseNumber: number, lawLabel: string, themeLabel: string | null, decisionType: string | null, outcomeLabel: string, confirmed: boolean, myReview: { systemError: PanelAnswer | null } | null, reviews: Array<{ reviewerName: string, systemError: PanelAnswer | null }> }> };

export type PanelFindingRowFieldsFragment = { key: string, label: string, reviewed: number | null, reviewedSuppressed: boolean, count: number | null, countSuppressed: boolean, share: number | null, lower: number | null, upper: number | null, fewCases: boolean };

export type PanelFindingsQueryVariables = Exact<{
  sampleId?: string | number | null | undefined;
}>;


export type PanelFindingsQuery = { panelFindings: { weighted: boolean, confirmed: number | null, confirmedSuppressed: boolean, total: { key: string, label: string, reviewed: number | null, reviewedSuppressed: boolean, count: number | null, countSuppressed: boolean, share: number | null, lower: number | null, upper: number | null, fewCases: boolean }, byLaw: Array<{ key: string, label: string, reviewed: number | null, reviewedSuppressed: boolean, count: number | null, countSuppressed: boolean, share: number | null, lower: number | null, upper: number | null, fewCases: boolean }>, byTheme: Array<{ key: string, label: string, reviewed: number | null, reviewedSuppressed: boolean, count: number | null, countSuppressed: boolean, share: number | null, lower: number | null, upper: number | null, fewCases: boolean }>, byNorm: Array<{ key: string, label: string, reviewed: number | null, reviewedSuppressed: boolean, count: number | null, countSuppressed: boolean, share: number | null, lower: number | null, upper: number | null, fewCases: boolean }>, agreement: { pairs: number | null, observedAgreement: number | null, kappa: number | null } } };

export type PanelFrameOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PanelFrameOptionsQuery = { panelFrameOptions: { laws: Array<{ code: string, label: string }>, outcomes: Array<{ code: string, label: string }>, themes: Array<{ code: string, label: string }> } };

export type PanelFramePreviewQueryVariables = Exact<{
  frame: PanelFrameInput;
  stratifyBy?: PanelStratifyBy | null | undefined;
  margin: number;
}>;


export type PanelFramePreviewQuery = { panelFramePreview: { frameCount: number, requiredSampleSize: number, strata: Array<{ stratum: string, label: string, drawn: number }> } };

export type PanelMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type PanelMembersQuery = { panelMembers: Array<{ id: number, displayName: string }> };

export type PanelSampleQueryVariables = Exact<{
  id: string | number;
}>;


export type PanelSampleQuery = { panelSample: { id: string, title: string, seed: string, size: number, drawn: number, reviewed: number, frameCount: number, stratifyBy: PanelStratifyBy | null, allocation: PanelAllocation | null, reviewersPerCase: number, drawnByName: string, drawnAt: unknown, frame: { description: string }, strata: Array<{ stratum: string, label: string, drawn: number, weight: number }>, members: Array<{ userId: number, displayName: string, assigned: number, reviewed: number }> } };

export type PanelSampleRedrawCheckQueryVariables = Exact<{
  id: string | number;
}>;


export type PanelSampleRedrawCheckQuery = { panelSampleRedrawCheck: { identical: boolean, frameCountNow: number, onlyInRedraw: number, onlyInStored: number } };

export type PanelSamplesQueryVariables = Exact<{ [key: string]: never; }>;


export type PanelSamplesQuery = { panelSamples: Array<{ id: string, title: string, size: number, drawn: number, reviewed: number, reviewersPerCase: number, drawnByName: string, drawnAt: unknown, frame: { description: string } }> };

export type PanelSignalFindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PanelSignalFindingsQuery = { panelSignalFindings: Array<{ id: string, signalId: string, signalLabel: string, finding: string, createdByName: string, createdAt: unknown }> };

export type SavePanelReviewMutationVariables = Exact<{
  input: SavePanelReviewInput;
}>;


export type SavePanelReviewMutation = { savePanelReview: { systemError: PanelAnswer | null, normCodes: Array<string>, reasonable: PanelAnswer | null, reasonableExplanation: string | null, updatedAt: unknown } };

export type ImportProfileTextQueryVariables = Exact<{
  name: string;
}>;


export type ImportProfileTextQuery = { importProfileText: { name: string, revision: number | null, yaml: string } };

export type SaveImportProfileMutationVariables = Exact<{
  yaml: string;
}>;


export type SaveImportProfileMutation = { saveImportProfile: { name: string | null, revision: number | null, changed: boolean, problems: Array<string> } };

export type ClientRatesQueryVariables = Exact<{
  input: ClientRatesInput;
}>;


export type ClientRatesQuery = { clientRates: { year: number, byProvider: Array<{ code: string, label: string, clients: number, complaints: number | null, suppressed: boolean, ratePer1000: number | null, lower: number | null, upper: number | null }> } };

export type ProviderComplianceQueryVariables = Exact<{
  query: ProviderComplianceQueryInput;
}>;


export type ProviderComplianceQuery = { providerCompliance: { disclosureControl: boolean, halfYears: Array<{ periodStart: string, periodEnd: string, dueOn: string, completeness: Completeness, required: { value: number | null, suppressed: boolean }, onTime: { value: number | null, suppressed: boolean }, late: { value: number | null, suppressed: boolean }, missing: { value: number | null, suppressed: boolean }, notYetDue: { value: number | null, suppressed: boolean }, onTimePercentage: { value: number | null, suppressed: boolean } }>, providers: Array<{ organisationCode: string, organisationName: string, municipalityCode: string, periodStart: string, dueOn: string, submittedOn: string | null, status: ComplianceStatus, daysLate: number | null }> } };

export type CaseRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseRecordQuery = { caseRecord: { id: string, receivedOn: string, closedOn: string | null, kind: string, line: string, channel: string, complainantType: string, domainLabel: string, themeLabel: string | null, sourceOrganisation: string, subjectOrganisation: string | null, neighbourhoodCode: string | null, neighbourhoodName: string | null, outcome: string, subjectKeyShort: string | null, textRedacted: string | null } | null };

export type CaseRecordsQueryVariables = Exact<{
  filter?: CaseRecordFilterInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type CaseRecordsQuery = { caseRecords: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, records: Array<{ id: string, receivedOn: string, closedOn: string | null, kind: string, domainLabel: string, themeLabel: string | null, sourceOrganisation: string, subjectOrganisation: string | null, outcome: string, highlight: Array<{ text: string, matched: boolean }> | null }> } };

export type AddContractMutationVariables = Exact<{
  input: AddContractInput;
}>;


export type AddContractMutation = { addContract: number };

export type EndContractMutationVariables = Exact<{
  id: number;
  endsOn: string;
}>;


export type EndContractMutation = { endContract: boolean };

export type MergeOrganisationsMutationVariables = Exact<{
  from: string;
  into: string;
}>;


export type MergeOrganisationsMutation = { mergeOrganisations: boolean };

export type ReferenceContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceContractsQuery = { referenceContracts: Array<{ id: number, municipalityCode: string, organisation: string, organisationName: string, domain: string, domainLabel: string, reference: string | null, startsOn: string, endsOn: string | null, halfYearReportRequired: boolean }>, referenceDomains: Array<{ code: string, label: string }> };

export type ReferenceMunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceMunicipalitiesQuery = { referenceMunicipalities: Array<{ code: string, name: string, region: string | null, inhabitants: Array<{ year: number, inhabitants: number }> }> };

export type ReferenceOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceOrganisationsQuery = { referenceOrganisations: Array<{ code: string, name: string, kind: string, municipalityCode: string | null, aliases: Array<string>, activeFrom: string | null, activeTo: string | null }> };

export type SaveMunicipalityMutationVariables = Exact<{
  input: SaveMunicipalityInput;
}>;


export type SaveMunicipalityMutation = { saveMunicipality: boolean };

export type SaveOrganisationMutationVariables = Exact<{
  input: SaveOrganisationInput;
}>;


export type SaveOrganisationMutation = { saveOrganisation: boolean };

export type RegionalComparisonQueryVariables = Exact<{
  query: RegionalComparisonInput;
}>;


export type RegionalComparisonQuery = { regionalComparison: { region: string, from: string, to: string, protectedCounts: boolean, municipalities: Array<{ code: string, name: string }>, groups: Array<{ code: string, label: string, regionalRate: number | null, overdispersion: number, rows: Array<{ municipalityCode: string, municipalityName: string, own: boolean, inhabitants: number | null, complaints: number | null, suppressed: boolean, rate: number | null, position: FunnelPosition | null, limits: { lower95: number, upper95: number, lower998: number, upper998: number } | null }>, curve: Array<{ inhabitants: number, lower95: number, upper95: number, lower998: number, upper998: number }> }> } };

export type RegionalParticipationQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionalParticipationQuery = { regionalParticipation: Array<{ code: string, name: string, region: string | null, participates: boolean }> };

export type SetRegionalParticipationMutationVariables = Exact<{
  input: SetRegionalParticipationInput;
}>;


export type SetRegionalParticipationMutation = { setRegionalParticipation: { code: string, participates: boolean } };

export type CompareReportSnapshotsQueryVariables = Exact<{
  first: string | number;
  second: string | number;
}>;


export type CompareReportSnapshotsQuery = { compareReportSnapshots: Array<{ section: string, table: string, row: string, column: string, before: string | null, after: string | null }> };

export type FreezeReportMutationVariables = Exact<{
  input: ReportInput;
}>;


export type FreezeReportMutation = { freezeReport: { id: string, version: number, citation: string } };

export type ReportContentFragment = { periodStart: unknown, periodEnd: unknown, filters: Array<{ label: string, value: string }>, sections: Array<{ id: string, title: string, intro: string, text: string | null, tables: Array<{ caption: string, columns: Array<string>, summary: string | null, rows: Array<{ label: string, cells: Array<string>, suppressed: Array<boolean> }> }> }> };

export type ReportDocumentQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportDocumentQuery = { reportDocument: { id: string, format: DocumentFormat, status: DocumentStatus, progress: number, error: string | null, downloadUrl: string | null } | null };

export type ReportPreviewQueryVariables = Exact<{
  input: ReportInput;
}>;


export type ReportPreviewQuery = { reportPreview: { title: string, periodStart: unknown, periodEnd: unknown, filters: Array<{ label: string, value: string }>, sections: Array<{ id: string, title: string, intro: string, text: string | null, tables: Array<{ caption: string, columns: Array<string>, summary: string | null, rows: Array<{ label: string, cells: Array<string>, suppressed: Array<boolean> }> }> }> } };

export type ReportSnapshotQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportSnapshotQuery = { reportSnapshot: { id: string, title: string, version: number, citation: string, dataAsOf: unknown, report: { periodStart: unknown, periodEnd: unknown, filters: Array<{ label: string, value: string }>, sections: Array<{ id: string, title: string, intro: string, text: string | null, tables: Array<{ caption: string, columns: Array<string>, summary: string | null, rows: Array<{ label: string, cells: Array<string>, suppressed: Array<boolean> }> }> }> } } | null };

export type ReportSnapshotsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSnapshotsQuery = { reportSnapshots: Array<{ id: string, kind: ReportKind, title: string, periodStart: unknown, periodEnd: unknown, version: number, sha256: string, dataAsOf: unknown, createdAt: unknown, createdBy: string | null, citation: string }> };

export type ReportSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportSubscriptionsQuery = { reportSubscriptions: Array<{ kind: ReportKind, email: string }> };

export type RequestReportDocumentMutationVariables = Exact<{
  snapshotId: string | number;
  format: DocumentFormat;
}>;


export type RequestReportDocumentMutation = { requestReportDocument: { id: string, status: DocumentStatus, progress: number } };

export type SubscribeToReportsMutationVariables = Exact<{
  kind: ReportKind;
  email: string;
}>;


export type SubscribeToReportsMutation = { subscribeToReports: { kind: ReportKind, email: string } };

export type UnsubscribeFromReportsMutationVariables = Exact<{
  kind: ReportKind;
}>;


export type UnsubscribeFromReportsMutation = { unsubscribeFromReports: boolean };

export type CreateSavedViewMutationVariables = Exact<{
  input: CreateSavedViewInput;
}>;


export type CreateSavedViewMutation = { createSavedView: { id: number, name: string } };

export type DeleteSavedViewMutationVariables = Exact<{
  id: number;
}>;


export type DeleteSavedViewMutation = { deleteSavedView: boolean };

export type ImportSavedViewsMutationVariables = Exact<{
  views: Array<CreateSavedViewInput> | CreateSavedViewInput;
}>;


export type ImportSavedViewsMutation = { importSavedViews: number };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { savedViews: { own: Array<{ id: number, name: string, path: string, search: string, shared: boolean }>, sharedWithMe: Array<{ id: number, name: string, path: string, search: string, ownerDisplayName: string }> } };

export type UpdateSavedViewMutationVariables = Exact<{
  input: UpdateSavedViewInput;
}>;


export type UpdateSavedViewMutation = { updateSavedView: { id: number, name: string, shared: boolean } };

export type SignalEvidenceRecordsQueryVariables = Exact<{
  id: string | number;
  limit: number;
}>;


export type SignalEvidenceRecordsQuery = { signal: { id: string, evidenceRecords: Array<{ recordId: string, recordType: string, kind: string | null, startedOn: unknown, endedOn: unknown, themeCode: string | null, sourceOrganisationCode: string | null, subjectOrganisationCode: string | null, subjectKeyShort: string | null, outcome: string | null, textRedacted: string | null }> } | null };

export type SignalQueryVariables = Exact<{
  id: string | number;
}>;


export type SignalQuery = { signal: { statusNote: string | null, statusChangedAt: unknown, firstSeenAt: unknown, id: string, ruleCode: string, ruleLabel: string, scopeKey: string, themeLabel: string | null, domainLabel: string | null, organisationName: string | null, domainCode: string | null, law: string | null, periodStart: unknown, periodEnd: unknown, score: number | null, scoreSuppressed: boolean, severity: SignalSeverity, urgent: boolean, status: SignalStatus, active: boolean, organisations: Array<{ code: string, name: string }>, evidence: Array<{ name: string, value: number | null, suppressed: boolean, text: string | null, organisationCode: string | null, themeCode: string | null }> } | null };

export type SignalRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignalRulesQuery = { signalRules: Array<{ code: string, label: string, description: string, enabled: boolean }> };

export type SignalSubscriptionQueryVariables = Exact<{ [key: string]: never; }>;


export type SignalSubscriptionQuery = { signalSubscription: { scope: SignalAlertScope, email: string } | null };

export type SignalSummaryFragment = { id: string, ruleCode: string, ruleLabel: string, scopeKey: string, themeLabel: string | null, domainLabel: string | null, organisationName: string | null, domainCode: string | null, law: string | null, periodStart: unknown, periodEnd: unknown, score: number | null, scoreSuppressed: boolean, severity: SignalSeverity, urgent: boolean, status: SignalStatus, active: boolean };

export type SignalsQueryVariables = Exact<{
  filter?: SignalFilterInput | null | undefined;
}>;


export type SignalsQuery = { signals: Array<{ id: string, ruleCode: string, ruleLabel: string, scopeKey: string, themeLabel: string | null, domainLabel: string | null, organisationName: string | null, domainCode: string | null, law: string | null, periodStart: unknown, periodEnd: unknown, score: number | null, scoreSuppressed: boolean, severity: SignalSeverity, urgent: boolean, status: SignalStatus, active: boolean }> };

export type SubscribeToSignalsMutationVariables = Exact<{
  scope: SignalAlertScope;
  email: string;
}>;


export type SubscribeToSignalsMutation = { subscribeToSignals: { scope: SignalAlertScope, email: string } };

export type UnsubscribeFromSignalsMutationVariables = Exact<{ [key: string]: never; }>;


export type UnsubscribeFromSignalsMutation = { unsubscribeFromSignals: boolean };

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


export type ImportProfilesQuery = { importProfiles: Array<{ name: string, label: string, description: string | null, error: string | null, revision: number | null, target: string | null }> };

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

export type TaxonomyThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomyThemesQuery = { taxonomyThemes: Array<{ code: string, label: string, description: string | null, domainCode: string | null, domainLabel: string | null, parentCode: string | null, keywords: Array<string>, active: boolean }> };

export type CreateThemeMutationVariables = Exact<{
  input: CreateThemeInput;
}>;


export type CreateThemeMutation = { createTheme: { code: string } };

export type UpdateThemeMutationVariables = Exact<{
  input: UpdateThemeInput;
}>;


export type UpdateThemeMutation = { updateTheme: { code: string } };

export type SetThemeActiveMutationVariables = Exact<{
  code: string;
  active: boolean;
}>;


export type SetThemeActiveMutation = { setThemeActive: { code: string, active: boolean } };

export type ActivateThemeModelMutationVariables = Exact<{
  version: number;
}>;


export type ActivateThemeModelMutation = { activateThemeModel: boolean };

export type StartThemeModelTrainingMutationVariables = Exact<{ [key: string]: never; }>;


export type StartThemeModelTrainingMutation = { startThemeModelTraining: { phase: string } };

export type ThemeModelTrainingQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeModelTrainingQuery = { themeModelTraining: { phase: string, startedBy: string, startedAt: unknown, finishedAt: unknown, version: number | null, error: string | null } | null };

export type ThemeModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeModelsQuery = { themeModels: Array<{ version: number, status: string, trainedAt: unknown, trainedBy: string, threshold: number, corpusTexts: number, sourceRecords: number, reviewDecisions: number, heldOut: number, comparedWithVersion: number | null, activatedAt: unknown, activatedBy: string | null, scores: { accuracy: number | null, coverage: number | null, precision: number | null }, comparedScores: { accuracy: number | null, coverage: number | null, precision: number | null } | null }> };

export type DecideThemeReviewMutationVariables = Exact<{
  input: DecideThemeReviewInput;
}>;


export type DecideThemeReviewMutation = { decideThemeReview: boolean };

export type ThemeReviewOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeReviewOptionsQuery = { themeReviewOptions: Array<{ code: string, label: string }> };

export type ThemeReviewQueueQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type ThemeReviewQueueQuery = { themeReviewQueue: { totalCount: number, items: Array<{ recordId: string, receivedOn: string, domainLabel: string, textRedacted: string | null, reason: ThemeReviewReason, suggestedThemeCode: string, suggestedThemeLabel: string, confidence: number | null, ruleThemeLabel: string | null, evidence: Array<string>, highlights: Array<{ start: number, end: number }> }> } };

export type ThemeReviewWeeksQueryVariables = Exact<{ [key: string]: never; }>;


export type ThemeReviewWeeksQuery = { themeReviewWeeks: Array<{ week: string, decided: number, agreement: number | null, sampled: number, sampleAccuracy: number | null }> };

export type ThermometerQueryVariables = Exact<{
  period?: string | null | undefined;
}>;


export type ThermometerQuery = { thermometer: { disclosureControl: boolean, threshold: number, period: { quarter: string, comparisonQuarter: string, start: string, end: string, completeness: Completeness, notDelivered: Array<string> }, domains: Array<{ domain: string, label: string, colour: ThermometerColour, explanation: string, decidingIndicator: ThermometerIndicatorName | null, biggestChange: { indicator: ThermometerIndicatorName, label: string, explanation: string } | null, indicators: Array<{ indicator: ThermometerIndicatorName, label: string, colour: ThermometerColour, reading: number | null, current: number | null, previous: number | null, amberFrom: number, redFrom: number, higherIsWorse: boolean, suppressed: boolean, explanation: string }>, trend: Array<{ quarter: string, start: string, count: number | null, ratePer1000: number | null, suppressed: boolean }> }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: number, username: string } };

export type ManagedUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ManagedUsersQuery = { managedUsers: Array<{ id: number, username: string, displayName: string, role: Role, municipalityCode: string | null, active: boolean, external: boolean }> };

export type ResetUserPasswordMutationVariables = Exact<{
  username: string;
  newPassword: string;
}>;


export type ResetUserPasswordMutation = { resetPassword: boolean };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: number, role: Role, municipalityCode: string | null, active: boolean } };

export type HandlingTimesQueryVariables = Exact<{
  query: HandlingTimesQueryInput;
}>;


export type HandlingTimesQuery = { handlingTimes: { disclosureControl: boolean, openAsOf: string | null, norm: { code: string, label: string, legalBasis: string, termDays: number, committeeTermDays: number | null, dataNote: string }, rows: Array<{ code: string | null, label: string | null, received: { value: number | null, suppressed: boolean }, closed: { value: number | null, suppressed: boolean }, medianDays: { value: number | null, suppressed: boolean }, p90Days: { value: number | null, suppressed: boolean }, withinTermPercentage: { value: number | null, suppressed: boolean }, beyondTermPercentage: { value: number | null, suppressed: boolean }, extendedPercentage: { value: number | null, suppressed: boolean }, openBeyondTerm: { value: number | null, suppressed: boolean } }> } };

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
export const PanelFindingRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment PanelFindingRowFields on PanelFindingRow {
  key
  label
  reviewed
  reviewedSuppressed
  count
  countSuppressed
  share
  lower
  upper
  fewCases
}
    `, {"fragmentName":"PanelFindingRowFields"}) as unknown as TypedDocumentString<PanelFindingRowFieldsFragment, unknown>;
export const ReportContentFragmentDoc = new TypedDocumentString(`
    fragment ReportContent on Report {
  periodStart
  periodEnd
  filters {
    label
    value
  }
  sections {
    id
    title
    intro
    text
    tables {
      caption
      columns
      summary
      rows {
        label
        cells
        suppressed
      }
    }
  }
}
    `, {"fragmentName":"ReportContent"}) as unknown as TypedDocumentString<ReportContentFragment, unknown>;
export const SignalSummaryFragmentDoc = new TypedDocumentString(`
    fragment SignalSummary on Signal {
  id
  ruleCode
  ruleLabel
  scopeKey
  themeLabel
  domainLabel
  organisationName
  domainCode
  law
  periodStart
  periodEnd
  score
  scoreSuppressed
  severity
  urgent
  status
  active
}
    `, {"fragmentName":"SignalSummary"}) as unknown as TypedDocumentString<SignalSummaryFragment, unknown>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    info {
      id
      name
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const IndicatorApiDocument = new TypedDocumentString(`
    query IndicatorApi {
  indicatorApi {
    basePath
    indicators {
      name
      label
      definition
      additive
      csvPath
    }
    indicatorColumns {
      name
      meaning
    }
    families {
      name
      label
      definition
      csvPath
      breakdowns
      filters
      columns {
        name
        meaning
      }
    }
    parameters {
      param
      label
      definition
      filter
      breakdown
    }
    granularities {
      param
      label
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorApiQuery, IndicatorApiQueryVariables>;
export const MyApiTokensDocument = new TypedDocumentString(`
    query MyApiTokens {
  myApiTokens {
    id
    name
    prefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: Int!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuthOptionsDocument = new TypedDocumentString(`
    query AuthOptions {
  authOptions {
    oidc
  }
}
    `) as unknown as TypedDocumentString<AuthOptionsQuery, AuthOptionsQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
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
      comparable
      coverage {
        completeness
        sourcesDelivered
        sourcesExpected
        notDelivered
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
export const AddHandlingNormDocument = new TypedDocumentString(`
    mutation AddHandlingNorm($input: SaveHandlingNormInput!) {
  addHandlingNorm(input: $input)
}
    `) as unknown as TypedDocumentString<AddHandlingNormMutation, AddHandlingNormMutationVariables>;
export const ChangeHandlingNormDocument = new TypedDocumentString(`
    mutation ChangeHandlingNorm($id: Int!, $input: SaveHandlingNormInput!) {
  changeHandlingNorm(id: $id, input: $input)
}
    `) as unknown as TypedDocumentString<ChangeHandlingNormMutation, ChangeHandlingNormMutationVariables>;
export const EndHandlingNormDocument = new TypedDocumentString(`
    mutation EndHandlingNorm($id: Int!, $validTo: String!) {
  endHandlingNorm(id: $id, validTo: $validTo)
}
    `) as unknown as TypedDocumentString<EndHandlingNormMutation, EndHandlingNormMutationVariables>;
export const HandlingNormsDocument = new TypedDocumentString(`
    query HandlingNorms {
  handlingNorms {
    id
    municipalityCode
    source
    sourceName
    theme
    themeLabel
    kind
    termAmount
    termUnit
    termDays
    replacesNorm
    validFrom
    validTo
    note
  }
  handlingNormThemes {
    code
    label
  }
  norms {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<HandlingNormsQuery, HandlingNormsQueryVariables>;
export const CreateMeasureDocument = new TypedDocumentString(`
    mutation CreateMeasure($input: MeasureInput!) {
  createMeasure(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateMeasureMutation, CreateMeasureMutationVariables>;
export const MeasureEffectDocument = new TypedDocumentString(`
    query MeasureEffect($id: ID!) {
  measure(id: $id) {
    id
    title
    themeLabel
    effectiveOn
    effect {
      verdict
      explanation
      centreLine
      afterRate
      points {
        period
        after
        count
        rate
        lowerLimit
        upperLimit
        beyondLimits
      }
    }
    effectPerClients {
      verdict
      centreLine
      afterRate
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureEffectQuery, MeasureEffectQueryVariables>;
export const MeasuresDocument = new TypedDocumentString(`
    query Measures($themeCode: String) {
  measures(themeCode: $themeCode) {
    id
    title
    description
    themeCode
    themeLabel
    sourceKind
    sourceRef
    owner
    decidedOn
    effectiveOn
    expectedEffect
    status
    recommendationStatus
    pcReference
  }
}
    `) as unknown as TypedDocumentString<MeasuresQuery, MeasuresQueryVariables>;
export const RecommendationFollowUpDocument = new TypedDocumentString(`
    query RecommendationFollowUp {
  recommendationFollowUp {
    sourceKind
    total
    followed
    notFollowed
    pending
    followedShare
    notFollowedShare
    pendingShare
    followedOfDecided
  }
}
    `) as unknown as TypedDocumentString<RecommendationFollowUpQuery, RecommendationFollowUpQueryVariables>;
export const UpdateMeasureDocument = new TypedDocumentString(`
    mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {
  updateMeasure(id: $id, input: $input) {
    id
    status
    recommendationStatus
  }
}
    `) as unknown as TypedDocumentString<UpdateMeasureMutation, UpdateMeasureMutationVariables>;
export const NeighbourhoodBoundarySetsDocument = new TypedDocumentString(`
    query NeighbourhoodBoundarySets {
  neighbourhoodBoundarySets {
    municipalityCode
    municipalityName
    level
    areas
    withInhabitants
    sourceFile
    importedAt
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodBoundarySetsQuery, NeighbourhoodBoundarySetsQueryVariables>;
export const NeighbourhoodMapDocument = new TypedDocumentString(`
    query NeighbourhoodMap($query: NeighbourhoodMapInput!) {
  neighbourhoodMap(query: $query) {
    measure
    level
    disclosureControl
    areas {
      code
      name
      geometry
      inhabitants
      count
      rate
      suppressed
    }
    unmapped {
      code
      label
      count
      suppressed
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodMapQuery, NeighbourhoodMapQueryVariables>;
export const OutcomesDocument = new TypedDocumentString(`
    query Outcomes($query: OutcomesQueryInput!) {
  outcomes(query: $query) {
    disclosureControl
    rows {
      code
      label
      decided {
        value
        suppressed
      }
      gegrond {
        value
        suppressed
      }
      deelsGegrond {
        value
        suppressed
      }
      ongegrond {
        value
        suppressed
      }
      upholdRate {
        value
        suppressed
      }
      upholdRateLower {
        value
        suppressed
      }
      upholdRateUpper {
        value
        suppressed
      }
      recommendationsMade {
        value
        suppressed
      }
      recommendationsFollowed {
        value
        suppressed
      }
      recommendationsNotFollowed {
        value
        suppressed
      }
      recommendationFollowedRate {
        value
        suppressed
      }
      recommendationFollowedRateLower {
        value
        suppressed
      }
      recommendationFollowedRateUpper {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutcomesQuery, OutcomesQueryVariables>;
export const UpheldMeasuresDocument = new TypedDocumentString(`
    query UpheldMeasures($query: OutcomesQueryInput!) {
  upheldComplaintMeasures(query: $query) {
    disclosureControl
    upheld {
      value
      suppressed
    }
    measures {
      measure
      count {
        value
        suppressed
      }
      share {
        value
        suppressed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpheldMeasuresQuery, UpheldMeasuresQueryVariables>;
export const AddPanelSignalFindingDocument = new TypedDocumentString(`
    mutation AddPanelSignalFinding($signalId: ID!, $sampleId: ID, $finding: String!) {
  addPanelSignalFinding(
    signalId: $signalId
    sampleId: $sampleId
    finding: $finding
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddPanelSignalFindingMutation, AddPanelSignalFindingMutationVariables>;
export const AssignPanelMembersDocument = new TypedDocumentString(`
    mutation AssignPanelMembers($sampleId: ID!, $userIds: [Int!]!) {
  assignPanelMembers(sampleId: $sampleId, userIds: $userIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignPanelMembersMutation, AssignPanelMembersMutationVariables>;
export const ConductNormsDocument = new TypedDocumentString(`
    query ConductNorms {
  conductNorms {
    code
    label
    description
    norms {
      code
      label
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ConductNormsQuery, ConductNormsQueryVariables>;
export const ConfirmPanelSystemErrorDocument = new TypedDocumentString(`
    mutation ConfirmPanelSystemError($sampleId: ID!, $decisionId: ID!, $confirmed: Boolean!, $note: String) {
  confirmPanelSystemError(
    sampleId: $sampleId
    decisionId: $decisionId
    confirmed: $confirmed
    note: $note
  ) {
    decisionId
    confirmed
    confirmationNote
  }
}
    `) as unknown as TypedDocumentString<ConfirmPanelSystemErrorMutation, ConfirmPanelSystemErrorMutationVariables>;
export const DrawPanelSampleDocument = new TypedDocumentString(`
    mutation DrawPanelSample($input: DrawPanelSampleInput!) {
  drawPanelSample(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DrawPanelSampleMutation, DrawPanelSampleMutationVariables>;
export const PanelCaseDocument = new TypedDocumentString(`
    query PanelCase($sampleId: ID!, $decisionId: ID!) {
  panelCase(sampleId: $sampleId, decisionId: $decisionId) {
    sampleId
    sampleTitle
    decisionId
    caseNumber
    lawLabel
    domainLabel
    themeLabel
    decisionType
    primaryDecisionOn
    objectionReceivedOn
    decidedOn
    advisoryCommittee
    extended
    termMet
    outcomeLabel
    summaryRedacted
    confirmed
    confirmationNote
    myReview {
      systemError
      normCodes
      reasonable
      reasonableExplanation
      updatedAt
    }
    reviews {
      reviewerName
      systemError
      normCodes
      reasonable
      reasonableExplanation
    }
  }
}
    `) as unknown as TypedDocumentString<PanelCaseQuery, PanelCaseQueryVariables>;
export const PanelCasesDocument = new TypedDocumentString(`
    query PanelCases($sampleId: ID) {
  panelCases(sampleId: $sampleId) {
    sampleId
    sampleTitle
    decisionId
    caseNumber
    lawLabel
    themeLabel
    decisionType
    outcomeLabel
    confirmed
    myReview {
      systemError
    }
    reviews {
      reviewerName
      systemError
    }
  }
}
    `) as unknown as TypedDocumentString<PanelCasesQuery, PanelCasesQueryVariables>;
export const PanelFindingsDocument = new TypedDocumentString(`
    query PanelFindings($sampleId: ID) {
  panelFindings(sampleId: $sampleId) {
    weighted
    confirmed
    confirmedSuppressed
    total {
      ...PanelFindingRowFields
    }
    byLaw {
      ...PanelFindingRowFields
    }
    byTheme {
      ...PanelFindingRowFields
    }
    byNorm {
      ...PanelFindingRowFields
    }
    agreement {
      pairs
      observedAgreement
      kappa
    }
  }
}
    fragment PanelFindingRowFields on PanelFindingRow {
  key
  label
  reviewed
  reviewedSuppressed
  count
  countSuppressed
  share
  lower
  upper
  fewCases
}`) as unknown as TypedDocumentString<PanelFindingsQuery, PanelFindingsQueryVariables>;
export const PanelFrameOptionsDocument = new TypedDocumentString(`
    query PanelFrameOptions {
  panelFrameOptions {
    laws {
      code
      label
    }
    outcomes {
      code
      label
    }
    themes {
      code
      label
    }
  }
}
    `) as unknown as TypedDocumentString<PanelFrameOptionsQuery, PanelFrameOptionsQueryVariables>;
export const PanelFramePreviewDocument = new TypedDocumentString(`
    query PanelFramePreview($frame: PanelFrameInput!, $stratifyBy: PanelStratifyBy, $margin: Float!) {
  panelFramePreview(frame: $frame, stratifyBy: $stratifyBy, margin: $margin) {
    frameCount
    requiredSampleSize
    strata {
      stratum
      label
      drawn
    }
  }
}
    `) as unknown as TypedDocumentString<PanelFramePreviewQuery, PanelFramePreviewQueryVariables>;
export const PanelMembersDocument = new TypedDocumentString(`
    query PanelMembers {
  panelMembers {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<PanelMembersQuery, PanelMembersQueryVariables>;
export const PanelSampleDocument = new TypedDocumentString(`
    query PanelSample($id: ID!) {
  panelSample(id: $id) {
    id
    title
    seed
    size
    drawn
    reviewed
    frameCount
    stratifyBy
    allocation
    reviewersPerCase
    drawnByName
    drawnAt
    frame {
      description
    }
    strata {
      stratum
      label
      drawn
      weight
    }
    members {
      userId
      displayName
      assigned
      reviewed
    }
  }
}
    `) as unknown as TypedDocumentString<PanelSampleQuery, PanelSampleQueryVariables>;
export const PanelSampleRedrawCheckDocument = new TypedDocumentString(`
    query PanelSampleRedrawCheck($id: ID!) {
  panelSampleRedrawCheck(id: $id) {
    identical
    frameCountNow
    onlyInRedraw
    onlyInStored
  }
}
    `) as unknown as TypedDocumentString<PanelSampleRedrawCheckQuery, PanelSampleRedrawCheckQueryVariables>;
export const PanelSamplesDocument = new TypedDocumentString(`
    query PanelSamples {
  panelSamples {
    id
    title
    size
    drawn
    reviewed
    reviewersPerCase
    drawnByName
    drawnAt
    frame {
      description
    }
  }
}
    `) as unknown as TypedDocumentString<PanelSamplesQuery, PanelSamplesQueryVariables>;
export const PanelSignalFindingsDocument = new TypedDocumentString(`
    query PanelSignalFindings {
  panelSignalFindings {
    id
    signalId
    signalLabel
    finding
    createdByName
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PanelSignalFindingsQuery, PanelSignalFindingsQueryVariables>;
export const SavePanelReviewDocument = new TypedDocumentString(`
    mutation SavePanelReview($input: SavePanelReviewInput!) {
  savePanelReview(input: $input) {
    systemError
    normCodes
    reasonable
    reasonableExplanation
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<SavePanelReviewMutation, SavePanelReviewMutationVariables>;
export const ImportProfileTextDocument = new TypedDocumentString(`
    query ImportProfileText($name: String!) {
  importProfileText(name: $name) {
    name
    revision
    yaml
  }
}
    `) as unknown as TypedDocumentString<ImportProfileTextQuery, ImportProfileTextQueryVariables>;
export const SaveImportProfileDocument = new TypedDocumentString(`
    mutation SaveImportProfile($yaml: String!) {
  saveImportProfile(yaml: $yaml) {
    name
    revision
    changed
    problems
  }
}
    `) as unknown as TypedDocumentString<SaveImportProfileMutation, SaveImportProfileMutationVariables>;
export const ClientRatesDocument = new TypedDocumentString(`
    query ClientRates($input: ClientRatesInput!) {
  clientRates(input: $input) {
    year
    byProvider {
      code
      label
      clients
      complaints
      suppressed
      ratePer1000
      lower
      upper
    }
  }
}
    `) as unknown as TypedDocumentString<ClientRatesQuery, ClientRatesQueryVariables>;
export const ProviderComplianceDocument = new TypedDocumentString(`
    query ProviderCompliance($query: ProviderComplianceQueryInput!) {
  providerCompliance(query: $query) {
    disclosureControl
    halfYears {
      periodStart
      periodEnd
      dueOn
      completeness
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
    neighbourhoodName
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
      highlight {
        text
        matched
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseRecordsQuery, CaseRecordsQueryVariables>;
export const AddContractDocument = new TypedDocumentString(`
    mutation AddContract($input: AddContractInput!) {
  addContract(input: $input)
}
    `) as unknown as TypedDocumentString<AddContractMutation, AddContractMutationVariables>;
export const EndContractDocument = new TypedDocumentString(`
    mutation EndContract($id: Int!, $endsOn: String!) {
  endContract(id: $id, endsOn: $endsOn)
}
    `) as unknown as TypedDocumentString<EndContractMutation, EndContractMutationVariables>;
export const MergeOrganisationsDocument = new TypedDocumentString(`
    mutation MergeOrganisations($from: String!, $into: String!) {
  mergeOrganisations(from: $from, into: $into)
}
    `) as unknown as TypedDocumentString<MergeOrganisationsMutation, MergeOrganisationsMutationVariables>;
export const ReferenceContractsDocument = new TypedDocumentString(`
    query ReferenceContracts {
  referenceContracts {
    id
    municipalityCode
    organisation
    organisationName
    domain
    domainLabel
    reference
    startsOn
    endsOn
    halfYearReportRequired
  }
  referenceDomains {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<ReferenceContractsQuery, ReferenceContractsQueryVariables>;
export const ReferenceMunicipalitiesDocument = new TypedDocumentString(`
    query ReferenceMunicipalities {
  referenceMunicipalities {
    code
    name
    region
    inhabitants {
      year
      inhabitants
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceMunicipalitiesQuery, ReferenceMunicipalitiesQueryVariables>;
export const ReferenceOrganisationsDocument = new TypedDocumentString(`
    query ReferenceOrganisations {
  referenceOrganisations {
    code
    name
    kind
    municipalityCode
    aliases
    activeFrom
    activeTo
  }
}
    `) as unknown as TypedDocumentString<ReferenceOrganisationsQuery, ReferenceOrganisationsQueryVariables>;
export const SaveMunicipalityDocument = new TypedDocumentString(`
    mutation SaveMunicipality($input: SaveMunicipalityInput!) {
  saveMunicipality(input: $input)
}
    `) as unknown as TypedDocumentString<SaveMunicipalityMutation, SaveMunicipalityMutationVariables>;
export const SaveOrganisationDocument = new TypedDocumentString(`
    mutation SaveOrganisation($input: SaveOrganisationInput!) {
  saveOrganisation(input: $input)
}
    `) as unknown as TypedDocumentString<SaveOrganisationMutation, SaveOrganisationMutationVariables>;
export const RegionalComparisonDocument = new TypedDocumentString(`
    query RegionalComparison($query: RegionalComparisonInput!) {
  regionalComparison(query: $query) {
    region
    from
    to
    protectedCounts
    municipalities {
      code
      name
    }
    groups {
      code
      label
      regionalRate
      overdispersion
      rows {
        municipalityCode
        municipalityName
        own
        inhabitants
        complaints
        suppressed
        rate
        position
        limits {
          lower95
          upper95
          lower998
          upper998
        }
      }
      curve {
        inhabitants
        lower95
        upper95
        lower998
        upper998
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionalComparisonQuery, RegionalComparisonQueryVariables>;
export const RegionalParticipationDocument = new TypedDocumentString(`
    query RegionalParticipation {
  regionalParticipation {
    code
    name
    region
    participates
  }
}
    `) as unknown as TypedDocumentString<RegionalParticipationQuery, RegionalParticipationQueryVariables>;
export const SetRegionalParticipationDocument = new TypedDocumentString(`
    mutation SetRegionalParticipation($input: SetRegionalParticipationInput!) {
  setRegionalParticipation(input: $input) {
    code
    participates
  }
}
    `) as unknown as TypedDocumentString<SetRegionalParticipationMutation, SetRegionalParticipationMutationVariables>;
export const CompareReportSnapshotsDocument = new TypedDocumentString(`
    query CompareReportSnapshots($first: ID!, $second: ID!) {
  compareReportSnapshots(first: $first, second: $second) {
    section
    table
    row
    column
    before
    after
  }
}
    `) as unknown as TypedDocumentString<CompareReportSnapshotsQuery, CompareReportSnapshotsQueryVariables>;
export const FreezeReportDocument = new TypedDocumentString(`
    mutation FreezeReport($input: ReportInput!) {
  freezeReport(input: $input) {
    id
    version
    citation
  }
}
    `) as unknown as TypedDocumentString<FreezeReportMutation, FreezeReportMutationVariables>;
export const ReportDocumentDocument = new TypedDocumentString(`
    query ReportDocument($id: ID!) {
  reportDocument(id: $id) {
    id
    format
    status
    progress
    error
    downloadUrl
  }
}
    `) as unknown as TypedDocumentString<ReportDocumentQuery, ReportDocumentQueryVariables>;
export const ReportPreviewDocument = new TypedDocumentString(`
    query ReportPreview($input: ReportInput!) {
  reportPreview(input: $input) {
    title
    ...ReportContent
  }
}
    fragment ReportContent on Report {
  periodStart
  periodEnd
  filters {
    label
    value
  }
  sections {
    id
    title
    intro
    text
    tables {
      caption
      columns
      summary
      rows {
        label
        cells
        suppressed
      }
    }
  }
}`) as unknown as TypedDocumentString<ReportPreviewQuery, ReportPreviewQueryVariables>;
export const ReportSnapshotDocument = new TypedDocumentString(`
    query ReportSnapshot($id: ID!) {
  reportSnapshot(id: $id) {
    id
    title
    version
    citation
    dataAsOf
    report {
      ...ReportContent
    }
  }
}
    fragment ReportContent on Report {
  periodStart
  periodEnd
  filters {
    label
    value
  }
  sections {
    id
    title
    intro
    text
    tables {
      caption
      columns
      summary
      rows {
        label
        cells
        suppressed
      }
    }
  }
}`) as unknown as TypedDocumentString<ReportSnapshotQuery, ReportSnapshotQueryVariables>;
export const ReportSnapshotsDocument = new TypedDocumentString(`
    query ReportSnapshots {
  reportSnapshots {
    id
    kind
    title
    periodStart
    periodEnd
    version
    sha256
    dataAsOf
    createdAt
    createdBy
    citation
  }
}
    `) as unknown as TypedDocumentString<ReportSnapshotsQuery, ReportSnapshotsQueryVariables>;
export const ReportSubscriptionsDocument = new TypedDocumentString(`
    query ReportSubscriptions {
  reportSubscriptions {
    kind
    email
  }
}
    `) as unknown as TypedDocumentString<ReportSubscriptionsQuery, ReportSubscriptionsQueryVariables>;
export const RequestReportDocumentDocument = new TypedDocumentString(`
    mutation RequestReportDocument($snapshotId: ID!, $format: DocumentFormat!) {
  requestReportDocument(snapshotId: $snapshotId, format: $format) {
    id
    status
    progress
  }
}
    `) as unknown as TypedDocumentString<RequestReportDocumentMutation, RequestReportDocumentMutationVariables>;
export const SubscribeToReportsDocument = new TypedDocumentString(`
    mutation SubscribeToReports($kind: ReportKind!, $email: String!) {
  subscribeToReports(kind: $kind, email: $email) {
    kind
    email
  }
}
    `) as unknown as TypedDocumentString<SubscribeToReportsMutation, SubscribeToReportsMutationVariables>;
export const UnsubscribeFromReportsDocument = new TypedDocumentString(`
    mutation UnsubscribeFromReports($kind: ReportKind!) {
  unsubscribeFromReports(kind: $kind)
}
    `) as unknown as TypedDocumentString<UnsubscribeFromReportsMutation, UnsubscribeFromReportsMutationVariables>;
export const CreateSavedViewDocument = new TypedDocumentString(`
    mutation CreateSavedView($input: CreateSavedViewInput!) {
  createSavedView(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateSavedViewMutation, CreateSavedViewMutationVariables>;
export const DeleteSavedViewDocument = new TypedDocumentString(`
    mutation DeleteSavedView($id: Int!) {
  deleteSavedView(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;
export const ImportSavedViewsDocument = new TypedDocumentString(`
    mutation ImportSavedViews($views: [CreateSavedViewInput!]!) {
  importSavedViews(views: $views)
}
    `) as unknown as TypedDocumentString<ImportSavedViewsMutation, ImportSavedViewsMutationVariables>;
export const SavedViewsDocument = new TypedDocumentString(`
    query SavedViews {
  savedViews {
    own {
      id
      name
      path
      search
      shared
    }
    sharedWithMe {
      id
      name
      path
      search
      ownerDisplayName
    }
  }
}
    `) as unknown as TypedDocumentString<SavedViewsQuery, SavedViewsQueryVariables>;
export const UpdateSavedViewDocument = new TypedDocumentString(`
    mutation UpdateSavedView($input: UpdateSavedViewInput!) {
  updateSavedView(input: $input) {
    id
    name
    shared
  }
}
    `) as unknown as TypedDocumentString<UpdateSavedViewMutation, UpdateSavedViewMutationVariables>;
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
    ...SignalSummary
    statusNote
    statusChangedAt
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
    fragment SignalSummary on Signal {
  id
  ruleCode
  ruleLabel
  scopeKey
  themeLabel
  domainLabel
  organisationName
  domainCode
  law
  periodStart
  periodEnd
  score
  scoreSuppressed
  severity
  urgent
  status
  active
}`) as unknown as TypedDocumentString<SignalQuery, SignalQueryVariables>;
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
export const SignalSubscriptionDocument = new TypedDocumentString(`
    query SignalSubscription {
  signalSubscription {
    scope
    email
  }
}
    `) as unknown as TypedDocumentString<SignalSubscriptionQuery, SignalSubscriptionQueryVariables>;
export const SignalsDocument = new TypedDocumentString(`
    query Signals($filter: SignalFilterInput) {
  signals(filter: $filter) {
    ...SignalSummary
  }
}
    fragment SignalSummary on Signal {
  id
  ruleCode
  ruleLabel
  scopeKey
  themeLabel
  domainLabel
  organisationName
  domainCode
  law
  periodStart
  periodEnd
  score
  scoreSuppressed
  severity
  urgent
  status
  active
}`) as unknown as TypedDocumentString<SignalsQuery, SignalsQueryVariables>;
export const SubscribeToSignalsDocument = new TypedDocumentString(`
    mutation SubscribeToSignals($scope: SignalAlertScope!, $email: String!) {
  subscribeToSignals(scope: $scope, email: $email) {
    scope
    email
  }
}
    `) as unknown as TypedDocumentString<SubscribeToSignalsMutation, SubscribeToSignalsMutationVariables>;
export const UnsubscribeFromSignalsDocument = new TypedDocumentString(`
    mutation UnsubscribeFromSignals {
  unsubscribeFromSignals
}
    `) as unknown as TypedDocumentString<UnsubscribeFromSignalsMutation, UnsubscribeFromSignalsMutationVariables>;
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
    revision
    target
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
export const TaxonomyThemesDocument = new TypedDocumentString(`
    query TaxonomyThemes {
  taxonomyThemes {
    code
    label
    description
    domainCode
    domainLabel
    parentCode
    keywords
    active
  }
}
    `) as unknown as TypedDocumentString<TaxonomyThemesQuery, TaxonomyThemesQueryVariables>;
export const CreateThemeDocument = new TypedDocumentString(`
    mutation CreateTheme($input: CreateThemeInput!) {
  createTheme(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<CreateThemeMutation, CreateThemeMutationVariables>;
export const UpdateThemeDocument = new TypedDocumentString(`
    mutation UpdateTheme($input: UpdateThemeInput!) {
  updateTheme(input: $input) {
    code
  }
}
    `) as unknown as TypedDocumentString<UpdateThemeMutation, UpdateThemeMutationVariables>;
export const SetThemeActiveDocument = new TypedDocumentString(`
    mutation SetThemeActive($code: String!, $active: Boolean!) {
  setThemeActive(code: $code, active: $active) {
    code
    active
  }
}
    `) as unknown as TypedDocumentString<SetThemeActiveMutation, SetThemeActiveMutationVariables>;
export const ActivateThemeModelDocument = new TypedDocumentString(`
    mutation ActivateThemeModel($version: Int!) {
  activateThemeModel(version: $version)
}
    `) as unknown as TypedDocumentString<ActivateThemeModelMutation, ActivateThemeModelMutationVariables>;
export const StartThemeModelTrainingDocument = new TypedDocumentString(`
    mutation StartThemeModelTraining {
  startThemeModelTraining {
    phase
  }
}
    `) as unknown as TypedDocumentString<StartThemeModelTrainingMutation, StartThemeModelTrainingMutationVariables>;
export const ThemeModelTrainingDocument = new TypedDocumentString(`
    query ThemeModelTraining {
  themeModelTraining {
    phase
    startedBy
    startedAt
    finishedAt
    version
    error
  }
}
    `) as unknown as TypedDocumentString<ThemeModelTrainingQuery, ThemeModelTrainingQueryVariables>;
export const ThemeModelsDocument = new TypedDocumentString(`
    query ThemeModels {
  themeModels {
    version
    status
    trainedAt
    trainedBy
    threshold
    corpusTexts
    sourceRecords
    reviewDecisions
    heldOut
    comparedWithVersion
    scores {
      accuracy
      coverage
      precision
    }
    comparedScores {
      accuracy
      coverage
      precision
    }
    activatedAt
    activatedBy
  }
}
    `) as unknown as TypedDocumentString<ThemeModelsQuery, ThemeModelsQueryVariables>;
export const DecideThemeReviewDocument = new TypedDocumentString(`
    mutation DecideThemeReview($input: DecideThemeReviewInput!) {
  decideThemeReview(input: $input)
}
    `) as unknown as TypedDocumentString<DecideThemeReviewMutation, DecideThemeReviewMutationVariables>;
export const ThemeReviewOptionsDocument = new TypedDocumentString(`
    query ThemeReviewOptions {
  themeReviewOptions {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<ThemeReviewOptionsQuery, ThemeReviewOptionsQueryVariables>;
export const ThemeReviewQueueDocument = new TypedDocumentString(`
    query ThemeReviewQueue($limit: Int) {
  themeReviewQueue(limit: $limit) {
    totalCount
    items {
      recordId
      receivedOn
      domainLabel
      textRedacted
      reason
      suggestedThemeCode
      suggestedThemeLabel
      confidence
      ruleThemeLabel
      evidence
      highlights {
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThemeReviewQueueQuery, ThemeReviewQueueQueryVariables>;
export const ThemeReviewWeeksDocument = new TypedDocumentString(`
    query ThemeReviewWeeks {
  themeReviewWeeks {
    week
    decided
    agreement
    sampled
    sampleAccuracy
  }
}
    `) as unknown as TypedDocumentString<ThemeReviewWeeksQuery, ThemeReviewWeeksQueryVariables>;
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
      completeness
      notDelivered
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
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const ManagedUsersDocument = new TypedDocumentString(`
    query ManagedUsers {
  managedUsers {
    id
    username
    displayName
    role
    municipalityCode
    active
    external
  }
}
    `) as unknown as TypedDocumentString<ManagedUsersQuery, ManagedUsersQueryVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($username: String!, $newPassword: String!) {
  resetPassword(username: $username, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    id
    role
    municipalityCode
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const HandlingTimesDocument = new TypedDocumentString(`
    query HandlingTimes($query: HandlingTimesQueryInput!) {
  handlingTimes(query: $query) {
    disclosureControl
    openAsOf
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