import { createHash } from 'node:crypto';
import { DEFAULT_DISCLOSURE_POLICY } from './disclosure/disclosure';
import { Role, ROLES } from './auth/role';
import { createTestApp, GraphQLResult, TEST_PASSWORD, TestApp, TestSession } from './testing/createTestApp';
import { smallThemeCorpus } from './testing/smallThemeCorpus';
import { seedLeerstad } from './testing/leerstad';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

/**
 * Who may call what: every query and mutation of the GraphQL schema, run over real HTTP as every role
 * and anonymously, against the literal matrix below. An operation in the schema that is missing
 * here fails the test, so a new resolver cannot ship without a decision on who may call it
 * (domain.md, "Users and what each may see"; features.md row 33).
 *
 * To add an operation: add a row to MATRIX with the access of each caller and a minimal valid
 * document (with variables) that the allowed callers can run without errors.
 */

type Caller = Role | 'anonymous';
type Access = 'allowed' | 'forbidden';
const CALLERS: readonly Caller[] = [...ROLES, 'anonymous'];

interface Operation {
  type: 'query' | 'mutation';
  /** raad, panel, college, beleid, beheer, anonymous */
  access: Record<Caller, Access>;
  document: string;
  /** Per caller when each needs its own target (e.g. their own saved view). */
  variables?: Record<string, unknown> | ((caller: Caller) => Record<string, unknown>);
  /** Returns individual (pseudonymised) records: only beleid and beheer. */
  recordLevel?: boolean;
  /** Ends or replaces the caller's session (logout; login rotates it): run after the other operations. */
  endsSession?: boolean;
}

const EMPTY_REPORT = JSON.stringify({
  kind: 'jaarverslag',
  title: 'Jaarverslag',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  previousPeriodStart: '2024-01-01',
  previousPeriodEnd: '2024-12-31',
  audience: 'raad',
  dataAsOf: '2026-01-01T00:00:00.000Z',
  filters: [],
  sections: [],
});
const A = 'allowed' as const;
const F = 'forbidden' as const;
const everyone = { raad: A, panel: A, college: A, beleid: A, beheer: A, anonymous: A };
const loggedIn = { raad: A, panel: A, college: A, beleid: A, beheer: A, anonymous: F };
const recordRoles = { raad: F, panel: F, college: F, beleid: A, beheer: A, anonymous: F };
const beleidOnly = { raad: F, panel: F, college: F, beleid: A, beheer: F, anonymous: F };
// Theme models: policy staff and administrators train, compare and take them into use (docs/themes.md).
const themeModelKeepers = { raad: F, panel: F, college: F, beleid: A, beheer: A, anonymous: F };
const beheerOnly = { raad: F, panel: F, college: F, beleid: F, beheer: A, anonymous: F };
// Citizens' panel (docs/panel.md): coordinators draw and assign; members read the cases assigned to them.
const panelCoordinators = { raad: F, panel: F, college: A, beleid: F, beheer: A, anonymous: F };
const panelAndCoordinators = { raad: F, panel: A, college: A, beleid: F, beheer: A, anonymous: F };
const panelMembersOnly = { raad: F, panel: A, college: F, beleid: F, beheer: F, anonymous: F };
/** The panel user of the fixture: test-beheer is created first (id 1), test-panel second. */
const PANEL_USER_ID = 2;

const MAY_2025 = { from: '2025-05-01', to: '2025-05-31' };
const MATRIX_NORM = {
  municipalityCode: 'GM0001',
  source: 'matrix-b',
  termAmount: 4,
  termUnit: 'weken',
  replacesNorm: 'awb_9_11',
  validFrom: '2025-01-01',
};
const authors = { raad: F, panel: F, college: A, beleid: A, beheer: A, anonymous: F };
const MEASURE_INPUT = {
  municipalityCode: 'GM0001',
  title: 'Extra consulenten',
  themeCode: 'wachttijd',
  owner: 'Team Wmo',
  decidedOn: '2025-01-01',
  effectiveOn: '2025-02-01',
  expectedEffect: 'Minder klachten over wachttijd',
};
const REPORT_INPUT = { kind: 'bestuursrapportage', from: '2025-01-01', to: '2025-06-30' };
/** Each caller's own saved view (inserted in beforeAll); 9000 for anonymous, who is refused anyway. */
const ownSavedViewId = (caller: Caller): number => 9001 + (ROLES as readonly Caller[]).indexOf(caller);

const MATRIX: Record<string, Operation> = {
  // Query
  auditLog: {
    type: 'query',
    access: beheerOnly,
    document: 'query { auditLog(limit: 5) { id action } }',
  },
  authOptions: { type: 'query', access: everyone, document: 'query { authOptions { oidc } }' },
  caseRecord: {
    type: 'query',
    access: recordRoles,
    recordLevel: true,
    document: 'query ($id: ID!) { caseRecord(id: $id) { id textRedacted } }',
    variables: { id: 'GM0001:1' },
  },
  caseRecords: {
    type: 'query',
    access: recordRoles,
    recordLevel: true,
    document: `query ($filter: CaseRecordFilterInput) {
      caseRecords(filter: $filter, page: { first: 5 }) { totalCount records { id textRedacted } }
    }`,
    variables: { filter: { domain: ['jeugd'] } },
  },
  chain: {
    type: 'query',
    access: loggedIn,
    document: `query ($query: ChainQueryInput!) {
      chain(query: $query) {
        disclosureControl
        complaints { value suppressed }
        objections { value suppressed }
        stages { code count { value suppressed } }
        transitions { from to citizens { value suppressed } moved { value suppressed } }
      }
    }`,
    variables: { query: { dateRange: MAY_2025 } },
  },
  dataFreshness: {
    type: 'query',
    access: loggedIn,
    document: `query { dataFreshness { disclosureControl totalRows { value suppressed } sources { organisationCode rows { value suppressed } } } }`,
  },
  handlingTimes: {
    type: 'query',
    access: loggedIn,
    document: `query ($query: HandlingTimesQueryInput!) {
      handlingTimes(query: $query) {
        disclosureControl
        rows { code received { value suppressed } closed { value suppressed } withinTerm { value suppressed } beyondTerm { value suppressed } open { value suppressed } }
        totals { received { value suppressed } closed { value suppressed } withinTerm { value suppressed } }
      }
    }`,
    variables: { query: { dateRange: MAY_2025, family: 'klacht', dimension: 'domain' } },
  },
  health: { type: 'query', access: everyone, document: 'query { health { status } }' },
  referenceOrganisations: {
    type: 'query',
    access: beheerOnly,
    document: 'query { referenceOrganisations { code aliases } }',
  },
  referenceMunicipalities: {
    type: 'query',
    access: beheerOnly,
    document: 'query { referenceMunicipalities { code inhabitants { year inhabitants } } }',
  },
  referenceDomains: {
    type: 'query',
    access: beheerOnly,
    document: 'query { referenceDomains { code label } }',
  },
  referenceContracts: {
    type: 'query',
    access: beheerOnly,
    document: 'query { referenceContracts { id organisation endsOn } }',
  },
  handlingNorms: {
    type: 'query',
    access: beheerOnly,
    document: 'query { handlingNorms { id source termDays validTo } }',
  },
  handlingNormThemes: {
    type: 'query',
    access: beheerOnly,
    document: 'query { handlingNormThemes { code label } }',
  },
  managedUsers: {
    type: 'query',
    access: beheerOnly,
    document: 'query { managedUsers { username role active } }',
  },
  importProfileText: {
    type: 'query',
    access: beheerOnly,
    document: 'query { importProfileText(name: "gemeente-klachten") { revision } }',
  },
  municipalities: {
    type: 'query',
    access: loggedIn,
    document: 'query { municipalities { code name region } }',
  },
  me: { type: 'query', access: everyone, document: 'query { me { id role } }' },
  importJob: {
    type: 'query',
    access: recordRoles,
    document: 'query ($id: ID!) { importJob(id: $id) { id status rowsRead warnings progress { phase } } }',
    variables: { id: '1' },
  },
  importProfiles: {
    type: 'query',
    access: recordRoles,
    document: 'query { importProfiles { name label target } }',
  },
  imports: {
    type: 'query',
    access: recordRoles,
    document: 'query { imports(limit: 5) { totalCount items { id status rowsRejected } } }',
  },
  metrics: {
    type: 'query',
    access: loggedIn,
    document: `query ($query: MetricsQueryInput!) {
      metrics(query: $query) {
        disclosureControl
        rows { dimensions { code } values { measure value suppressed previousValue previousSuppressed } }
        totals { values { measure value suppressed previousValue previousSuppressed } }
      }
    }`,
    variables: {
      query: {
        measures: ['caseCount', 'closedCount'],
        dimensions: ['domain'],
        dateRange: { from: '2025-05-01', to: '2025-05-31' },
        comparison: 'SAME_PERIOD_LAST_YEAR',
      },
    },
  },
  norms: { type: 'query', access: loggedIn, document: 'query { norms { code termDays } }' },
  // Only for users of one municipality that takes part; the matrix's users belong to none, so every role is
  // refused here. regional-comparison.e2e.spec.ts covers the users of participating municipalities.
  regionalComparison: {
    type: 'query',
    access: { raad: F, panel: F, college: F, beleid: F, beheer: F, anonymous: F },
    document: `query ($query: RegionalComparisonInput!) {
      regionalComparison(query: $query) { __typename }
    }`,
    variables: { query: { dateRange: MAY_2025, dimension: 'DOMEIN' } },
  },
  regionalParticipation: {
    type: 'query',
    access: beheerOnly,
    document: 'query { regionalParticipation { code participates } }',
  },
  outcomes: {
    type: 'query',
    access: loggedIn,
    document: `query ($query: OutcomesQueryInput!) {
      outcomes(query: $query) {
        disclosureControl
        rows { code decided { value suppressed } upheld { value suppressed } gegrond { value suppressed } ongegrond { value suppressed } }
        totals { decided { value suppressed } upheld { value suppressed } }
      }
    }`,
    variables: { query: { dateRange: MAY_2025, family: 'bezwaar', dimension: 'domain' } },
  },
  conductNorms: {
    type: 'query',
    access: loggedIn,
    document: 'query { conductNorms { code norms { code } } }',
  },
  panelCase: {
    type: 'query',
    access: panelAndCoordinators,
    document: 'query { panelCase(sampleId: "1", decisionId: "1") { decisionId summaryRedacted } }',
  },
  panelCases: {
    type: 'query',
    access: panelAndCoordinators,
    document: 'query { panelCases { decisionId summaryRedacted } }',
  },
  panelFindings: {
    type: 'query',
    access: loggedIn,
    document: `query { panelFindings {
      total { reviewed count share } byLaw { key reviewed count } agreement { pairs kappa } confirmed } }`,
  },
  panelFrameOptions: {
    type: 'query',
    access: panelCoordinators,
    document: 'query { panelFrameOptions { laws { code label } outcomes { code } themes { code } } }',
  },
  panelFramePreview: {
    type: 'query',
    access: panelCoordinators,
    document: 'query { panelFramePreview(frame: {}) { frameCount requiredSampleSize } }',
  },
  panelMembers: { type: 'query', access: panelCoordinators, document: 'query { panelMembers { id } }' },
  panelSample: {
    type: 'query',
    access: panelAndCoordinators,
    document: 'query { panelSample(id: "1") { id drawn members { userId } } }',
  },
  panelSampleRedrawCheck: {
    type: 'query',
    access: panelCoordinators,
    document: 'query { panelSampleRedrawCheck(id: "1") { identical } }',
  },
  panelSamples: { type: 'query', access: panelAndCoordinators, document: 'query { panelSamples { id } }' },
  panelSignalFindings: {
    type: 'query',
    access: loggedIn,
    document: 'query { panelSignalFindings { finding } }',
  },
  providerCompliance: {
    type: 'query',
    access: loggedIn,
    document: `query ($query: ProviderComplianceQueryInput!) {
      providerCompliance(query: $query) {
        disclosureControl
        halfYears { periodStart required { value suppressed } late { value suppressed } missing { value suppressed } }
        providers { organisationCode status }
      }
    }`,
    variables: { query: { dateRange: { from: '2025-01-01', to: '2025-12-31' } } },
  },
  rejectedRows: {
    type: 'query',
    access: beheerOnly,
    document:
      'query ($id: ID!) { rejectedRows(importId: $id, limit: 5) { totalCount rows { rowNumber reason } } }',
    variables: { id: '1' },
  },
  measure: {
    type: 'query',
    access: loggedIn,
    document: 'query ($id: ID!) { measure(id: $id) { id title effect { verdict centreLine } } }',
    variables: { id: '1' },
  },
  measures: { type: 'query', access: loggedIn, document: 'query { measures { id title status } }' },
  clientRates: {
    type: 'query',
    access: loggedIn,
    document: 'query { clientRates(input: { year: 2025 }) { year byDomain { code ratePer1000 } } }',
  },
  neighbourhoodMap: {
    type: 'query',
    access: loggedIn,
    document:
      'query { neighbourhoodMap(query: { dateRange: { from: "2025-01-01", to: "2025-12-31" } }) { level areas { code count suppressed } } }',
  },
  neighbourhoodBoundarySets: {
    type: 'query',
    access: beheerOnly,
    document: 'query { neighbourhoodBoundarySets { municipalityCode level areas } }',
  },
  recommendationFollowUp: {
    type: 'query',
    access: loggedIn,
    document: 'query { recommendationFollowUp { sourceKind total followedShare } }',
  },
  reportPreview: {
    type: 'query',
    access: authors,
    document: `query ($input: ReportInput!) {
      reportPreview(input: $input) { title sections { id tables { caption rows { label cells suppressed } } } }
    }`,
    variables: { input: REPORT_INPUT },
  },
  reportSubscriptions: {
    type: 'query',
    access: loggedIn,
    document: 'query { reportSubscriptions { kind email } }',
  },
  savedViews: {
    type: 'query',
    access: loggedIn,
    document: 'query { savedViews { own { id path search } sharedWithMe { id ownerDisplayName } } }',
  },
  signalSubscription: {
    type: 'query',
    access: loggedIn,
    document: 'query { signalSubscription { scope email } }',
  },
  reportSnapshots: { type: 'query', access: loggedIn, document: 'query { reportSnapshots { id citation } }' },
  reportSnapshot: {
    type: 'query',
    access: loggedIn,
    document: 'query ($id: ID!) { reportSnapshot(id: $id) { id report { title } } }',
    variables: { id: '1' },
  },
  compareReportSnapshots: {
    type: 'query',
    access: loggedIn,
    document: 'query { compareReportSnapshots(first: "1", second: "1") { section row before after } }',
  },
  reportDocument: {
    type: 'query',
    access: loggedIn,
    document: 'query ($id: ID!) { reportDocument(id: $id) { id status progress } }',
    variables: { id: '1' },
  },
  signal: {
    type: 'query',
    access: loggedIn,
    document: `query ($id: ID!) {
      signal(id: $id) { id ruleCode score scoreSuppressed evidence { name value suppressed } }
    }`,
    variables: { id: '1' },
  },
  signalRules: { type: 'query', access: loggedIn, document: 'query { signalRules { code } }' },
  signals: {
    type: 'query',
    access: loggedIn,
    document: `query ($filter: SignalFilterInput) {
      signals(filter: $filter) { id ruleCode score scoreSuppressed evidence { name value suppressed } }
    }`,
    variables: { filter: { includeInactive: true } },
  },
  thermometer: {
    type: 'query',
    access: loggedIn,
    document: `query ($period: String) {
      thermometer(period: $period) {
        disclosureControl
        domains {
          domain colour explanation
          indicators { indicator reading current previous baseCount previousBaseCount suppressed }
          trend { quarter count ratePer1000 suppressed }
        }
      }
    }`,
    variables: { period: '2025-Q2' },
  },
  upheldComplaintMeasures: {
    type: 'query',
    access: loggedIn,
    document: `query ($query: OutcomesQueryInput!) {
      upheldComplaintMeasures(query: $query) {
        disclosureControl
        upheld { value suppressed }
        measures { measure count { value suppressed } }
      }
    }`,
    variables: { query: { dateRange: MAY_2025, family: 'klacht', dimension: 'domain' } },
  },
  waitingTimeComplaints: {
    type: 'query',
    access: loggedIn,
    document: `query ($query: IndicatorQueryInput!) {
      waitingTimeComplaints(query: $query) {
        disclosureControl
        rows { code complaints { value suppressed } waitingTime { value suppressed } }
        totals { complaints { value suppressed } waitingTime { value suppressed } }
      }
    }`,
    variables: { query: { dateRange: MAY_2025, dimension: 'domain' } },
  },
  themeModels: {
    type: 'query',
    access: themeModelKeepers,
    document: 'query { themeModels { version status scores { accuracy } } }',
  },
  themeModelTraining: {
    type: 'query',
    access: themeModelKeepers,
    document: 'query { themeModelTraining { phase } }',
  },
  taxonomyThemes: {
    type: 'query',
    access: beheerOnly,
    document: 'query { taxonomyThemes { code label active } }',
  },
  themeReviewOptions: {
    type: 'query',
    access: beleidOnly,
    document: 'query { themeReviewOptions { code label } }',
  },
  themeReviewQueue: {
    type: 'query',
    access: beleidOnly,
    recordLevel: true,
    document: 'query { themeReviewQueue(limit: 5) { totalCount items { recordId textRedacted } } }',
  },
  themeReviewWeeks: {
    type: 'query',
    access: beleidOnly,
    document: 'query { themeReviewWeeks { week decided agreement } }',
  },
  // Mutation
  addPanelSignalFinding: {
    type: 'mutation',
    access: panelAndCoordinators,
    document:
      'mutation { addPanelSignalFinding(signalId: "1", finding: "Herkenbaar in de steekproef") { id } }',
  },
  assignPanelMembers: {
    type: 'mutation',
    access: panelCoordinators,
    document: 'mutation ($users: [Int!]!) { assignPanelMembers(sampleId: "1", userIds: $users) { id } }',
    variables: { users: [PANEL_USER_ID] },
  },
  confirmPanelSystemError: {
    type: 'mutation',
    access: panelCoordinators,
    document:
      'mutation { confirmPanelSystemError(sampleId: "1", decisionId: "1", confirmed: false) { confirmed } }',
  },
  drawPanelSample: {
    type: 'mutation',
    access: panelCoordinators,
    document: `mutation { drawPanelSample(input: { title: "Matrix", frame: {}, size: 3, seed: "m" }) { id } }`,
  },
  savePanelReview: {
    type: 'mutation',
    access: panelMembersOnly,
    document:
      'mutation { savePanelReview(input: { sampleId: "1", decisionId: "1", systemError: ja }) { systemError } }',
  },
  activateThemeModel: {
    type: 'mutation',
    access: themeModelKeepers,
    document: 'mutation { activateThemeModel(version: 1) }',
  },
  startThemeModelTraining: {
    type: 'mutation',
    access: themeModelKeepers,
    // A second start while the first runs joins it, so both allowed roles get the job without an error.
    document: 'mutation { startThemeModelTraining { phase startedBy } }',
  },
  createTheme: {
    type: 'mutation',
    access: beheerOnly,
    document: `mutation { createTheme(input: { code: "matrix_thema", label: "Matrix", keywords: ["matrix"] }) { code } }`,
  },
  updateTheme: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation { updateTheme(input: { code: "vervoer" }) { code } }',
  },
  setThemeActive: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation { setThemeActive(code: "vervoer", active: true) { code } }',
  },
  decideThemeReview: {
    type: 'mutation',
    access: beleidOnly,
    document: `mutation ($input: DecideThemeReviewInput!) { decideThemeReview(input: $input) }`,
    variables: { input: { recordId: 'GM0001:1', decision: 'geaccepteerd' } },
  },
  login: {
    type: 'mutation',
    access: everyone,
    document: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
    // An account whose password no row below changes.
    variables: { u: 'matrix-login', p: TEST_PASSWORD },
    endsSession: true,
  },
  changePassword: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    variables: { c: TEST_PASSWORD, n: 'een nieuw wachtwoord voor de matrix' },
  },
  resetPassword: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation ($u: String!, $n: String!) { resetPassword(username: $u, newPassword: $n) }',
    // test-raad's turn is over (callers run in ROLES order).
    variables: { u: 'test-raad', n: 'een nieuw wachtwoord voor de raad' },
  },
  logout: { type: 'mutation', access: everyone, document: 'mutation { logout }', endsSession: true },
  // Personal API tokens (docs/api.md): every logged-in user manages their own.
  myApiTokens: { type: 'query', access: loggedIn, document: 'query { myApiTokens { id name } }' },
  indicatorApi: {
    type: 'query',
    access: loggedIn,
    document: 'query { indicatorApi { basePath indicators { name csvPath } } }',
  },
  createApiToken: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation { createApiToken(input: { name: "matrix" }) { info { id } } }',
  },
  revokeApiToken: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation { revokeApiToken(id: 999999) }',
  },
  createMeasure: {
    type: 'mutation',
    access: recordRoles,
    document: 'mutation ($input: MeasureInput!) { createMeasure(input: $input) { id } }',
    variables: { input: MEASURE_INPUT },
  },
  updateMeasure: {
    type: 'mutation',
    access: recordRoles,
    document: 'mutation ($input: MeasureInput!) { updateMeasure(id: "1", input: $input) { id } }',
    variables: { input: MEASURE_INPUT },
  },
  freezeReport: {
    type: 'mutation',
    access: authors,
    document: 'mutation ($input: ReportInput!) { freezeReport(input: $input) { id version } }',
    variables: { input: REPORT_INPUT },
  },
  subscribeToReports: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation { subscribeToReports(kind: jaarverslag, email: "raad@gemeente.test") { kind } }',
  },
  unsubscribeFromReports: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation { unsubscribeFromReports(kind: voorjaarsnota) }',
  },
  createSavedView: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation ($input: CreateSavedViewInput!) { createSavedView(input: $input) { id } }',
    variables: { input: { name: 'Matrix', path: '/themas', search: '?domein=wmo' } },
  },
  importSavedViews: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation ($views: [CreateSavedViewInput!]!) { importSavedViews(views: $views) }',
    variables: { views: [{ name: 'Uit de browser', path: '/keten', search: '' }] },
  },
  updateSavedView: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation ($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { id shared } }',
    variables: (caller) => ({ input: { id: ownSavedViewId(caller), shared: true } }),
  },
  deleteSavedView: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation ($id: Int!) { deleteSavedView(id: $id) }',
    variables: (caller) => ({ id: ownSavedViewId(caller) }),
  },
  subscribeToSignals: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation { subscribeToSignals(scope: urgent, email: "raad@gemeente.test") { scope } }',
  },
  unsubscribeFromSignals: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation { unsubscribeFromSignals }',
  },
  requestReportDocument: {
    type: 'mutation',
    access: loggedIn,
    document: 'mutation { requestReportDocument(snapshotId: "1", format: xlsx) { id status } }',
  },
  mergeOrganisations: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation { mergeOrganisations(from: "matrix-a", into: "matrix-b") }',
  },
  addContract: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation ($input: AddContractInput!) { addContract(input: $input) }',
    variables: {
      input: { municipalityCode: 'GM0001', organisation: 'matrix-b', domain: 'wmo', startsOn: '2025-01-01' },
    },
  },
  endContract: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation { endContract(id: 9001, endsOn: "2025-12-31") }',
  },
  addHandlingNorm: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation ($input: SaveHandlingNormInput!) { addHandlingNorm(input: $input) }',
    variables: { input: MATRIX_NORM },
  },
  changeHandlingNorm: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation ($input: SaveHandlingNormInput!) { changeHandlingNorm(id: 9001, input: $input) }',
    variables: { input: MATRIX_NORM },
  },
  endHandlingNorm: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation { endHandlingNorm(id: 9001, validTo: "2025-12-31") }',
  },
  createUser: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    variables: {
      input: {
        username: 'matrix-new',
        displayName: 'Matrix',
        role: 'raad',
        password: 'Klaproos-Lantaarn-Vijver-42',
      },
    },
  },
  updateUser: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
    variables: { input: { id: 9001, role: 'college', municipalityCode: 'GM0001', active: true } },
  },
  saveImportProfile: {
    type: 'mutation',
    access: beheerOnly,
    // An invalid profile: the answer lists its problems (no error), and nothing is stored.
    document: 'mutation { saveImportProfile(yaml: "name: matrix") { problems } }',
  },
  setRegionalParticipation: {
    type: 'mutation',
    access: beheerOnly,
    document: `mutation ($input: SetRegionalParticipationInput!) {
      setRegionalParticipation(input: $input) { code participates }
    }`,
    variables: { input: { municipalityCode: 'GM0001', participates: false } },
  },
  saveMunicipality: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation ($input: SaveMunicipalityInput!) { saveMunicipality(input: $input) }',
    variables: { input: { code: 'GM0001', name: 'Leerstad', inhabitants: 50000, year: 2025 } },
  },
  saveOrganisation: {
    type: 'mutation',
    access: beheerOnly,
    document: 'mutation ($input: SaveOrganisationInput!) { saveOrganisation(input: $input) }',
    variables: { input: { code: 'matrix-c', name: 'Matrix C', kind: 'aanbieder' } },
  },
  updateSignalStatus: {
    type: 'mutation',
    access: recordRoles,
    document: `mutation ($id: ID!) { updateSignalStatus(id: $id, status: in_behandeling) { id status } }`,
    variables: { id: '1' },
  },
};

/**
 * Fields below the root that return records: the root operation is open to more roles than the field.
 * `root` is the operation whose data the refused field nulls (a non-null field propagates its null).
 */
const RECORD_FIELDS: Record<string, { root: string; document: string; variables: Record<string, unknown> }> =
  {
    'Signal.evidenceRecords': {
      root: 'signal',
      document:
        'query ($id: ID!) { signal(id: $id) { id evidenceRecords(limit: 5) { recordType recordId } } }',
      variables: { id: '1' },
    },
  };
const RECORD_FIELD_ACCESS = recordRoles;

const INTROSPECT = `query {
  __schema {
    queryType { fields { name } }
    mutationType { fields { name } }
  }
}`;

interface Introspection {
  __schema: {
    queryType: { fields: { name: string }[] };
    mutationType: { fields: { name: string }[] } | null;
  };
}

const REFUSED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
const refused = (result: GraphQLResult<unknown>): boolean =>
  (result.errors ?? []).some((error) => REFUSED.has(error.extensions?.code ?? ''));

/**
 * Every count published to a suppressed role that lies in 1..k-1: numeric, whole fields whose name
 * contains "count" or "value", in objects not flagged as suppressed. Returns their JSON paths.
 */
function smallCounts(json: unknown, threshold: number, path = '$'): string[] {
  if (Array.isArray(json)) {
    return json.flatMap((item, index) => smallCounts(item, threshold, `${path}[${index}]`));
  }
  if (json === null || typeof json !== 'object') return [];
  const object = json as Record<string, unknown>;
  const found: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (typeof value === 'object') {
      found.push(...smallCounts(value, threshold, `${path}.${key}`));
    } else if (
      typeof value === 'number' &&
      /count|value/i.test(key) &&
      object.suppressed !== true &&
      Number.isInteger(value) &&
      value >= 1 &&
      value < threshold
    ) {
      found.push(`${path}.${key}=${value}`);
    }
  }
  return found;
}

describe('authorisation matrix (every operation × every role, over HTTP)', () => {
  let sut: TestApp;
  /** results[operation][caller] */
  const results = new Map<string, Map<Caller, GraphQLResult<unknown>>>();
  const fieldResults = new Map<string, Map<Caller, GraphQLResult<unknown>>>();
  let schemaOperations: { name: string; type: 'query' | 'mutation' }[] = [];

  beforeAll(async () => {
    // startThemeModelTraining trains a model in the background: on a few corpus texts, so it is brief.
    process.env.LEERLUS_THEME_CORPUS_DIR = smallThemeCorpus(await tempDir('leerlus-corpus-'), 50);
    sut = await createTestApp();
    delete process.env.LEERLUS_THEME_CORPUS_DIR;
    const sql = (text: string, params: unknown[] = []): Promise<unknown> =>
      sut.database.pool.query(text, params);
    // Small and large counts, so that a leak of a small number would show.
    await seedLeerstad(sut.database.pool, 'c'.repeat(64));
    for (const [domain, received, count] of [
      ['wmo', '2025-05-10', 30],
      ['jeugd', '2025-05-10', 2],
      ['schuldhulp', '2025-05-10', 12],
      ['wmo', '2024-05-10', 3],
      ['schuldhulp', '2024-05-10', 20],
    ] as const) {
      await sql(
        `INSERT INTO case_record (municipality_code, source_organisation_id, external_id, kind, domain_code, line,
           received_on, closed_on, import_id)
         SELECT 'GM0001', (SELECT id FROM organisation), $1 || $2 || n, 'klacht', $1, 'eerste_lijn_gemeente',
                $2::date, $2::date + 3, (SELECT id FROM import)
           FROM generate_series(1, $3::integer) AS n`,
        [domain, received, count],
      );
    }
    // A theme suggestion to decide on (decideThemeReview) and a trained model to activate.
    await sql(
      `INSERT INTO case_theme (municipality_code, case_id, theme_id, assigned_by, confidence)
       SELECT 'GM0001', 1, id, 'classificatie', 0.3 FROM theme WHERE code = 'vervoer'`,
    );
    await sql(
      `INSERT INTO theme_model (version, status, trained_by, training, evaluation, threshold, model)
       VALUES (1, 'kandidaat', 'test', '{}', '{}', 0.5, '\\x00')`,
    );
    await sql(
      `INSERT INTO objection_decision (municipality_code, source_organisation_id, external_id, law, domain_code,
         objection_received_on, decided_on, outcome, import_id)
       SELECT 'GM0001', (SELECT id FROM organisation), 'bz' || n, 'Participatiewet', 'werk_inkomen',
              '2025-04-01', '2025-05-20', CASE WHEN n <= 2 THEN 'gegrond' ELSE 'ongegrond' END, (SELECT id FROM import)
         FROM generate_series(1, 12) AS n`,
    );
    await sql('SELECT * FROM refresh_rollups()');
    // A measure, a frozen report and a document of it, so the operations on them have a target.
    await sql(
      `INSERT INTO measure (municipality_code, id, title, theme_id, owner, decided_on, effective_on, expected_effect)
       VALUES ('GM0001', 1, 'Maatregel', (SELECT id FROM theme WHERE code = 'wachttijd'), 'Team', '2025-01-01',
               '2025-02-01', 'Minder klachten')`,
    );
    await sql(
      `INSERT INTO report_snapshot (id, municipality_code, kind, title, period_start, period_end, version, content,
         sha256, data_as_of)
       VALUES (1, 'GM0001', 'jaarverslag', 'Jaarverslag', '2025-01-01', '2025-12-31', 1, $1, $2, now())`,
      [EMPTY_REPORT, createHash('sha256').update(EMPTY_REPORT).digest('hex')],
    );
    await sql(`INSERT INTO report_document (id, snapshot_id, format) VALUES (1, 1, 'pdf')`);
    for (const table of ['measure', 'report_snapshot', 'report_document']) {
      await sql(`SELECT setval(pg_get_serial_sequence($1, 'id'), 1)`, [table]);
    }
    // One signal with one evidence record, so signal, updateSignalStatus and evidenceRecords have a target.
    await sql(
      `INSERT INTO signal (municipality_code, id, rule_code, scope_key, domain_code, period_start, period_end, score)
       VALUES ('GM0001', 1, (SELECT code FROM signal_rule ORDER BY sort_order LIMIT 1), 'domein=wmo', 'wmo',
               '2025-01-01', '2025-12-31', 10)`,
    );
    await sql(
      `INSERT INTO signal_evidence_record (municipality_code, signal_id, record_type, record_id)
       VALUES ('GM0001', 1, 'case_record', (SELECT min(id) FROM case_record))`,
    );

    // Two organisations for mergeOrganisations (after the seeds above, which expect one organisation).
    await sql(
      `INSERT INTO organisation (code, name, kind) VALUES ('matrix-a', 'Matrix A', 'aanbieder'), ('matrix-b', 'Matrix B', 'aanbieder')`,
    );

    const introspection = await (await sut.login('beheer')).graphql<Introspection>(INTROSPECT);
    // A panel sample (the first, id 1) whose first case is assigned to test-panel, the second user.
    await sut.login('panel');
    await sql(
      `INSERT INTO panel_sample (municipality_code, title, seed, size, frame_count, drawn_by)
       VALUES ('GM0001', 'Matrix', 's', 1, 12, (SELECT id FROM app_user WHERE username = 'test-beheer'))`,
    );
    await sql(
      `INSERT INTO panel_sample_case (municipality_code, sample_id, decision_id, position, stratum, weight)
       VALUES ('GM0001', 1, 1, 1, 'alle', 12)`,
    );
    await sql(
      `INSERT INTO panel_assignment (municipality_code, sample_id, decision_id, user_id)
       SELECT 'GM0001', 1, 1, id FROM app_user WHERE username = 'test-panel' AND id = $1`,
      [PANEL_USER_ID],
    );
    await sut.database.pool.query(
      `INSERT INTO app_user (username, display_name, password_hash, role)
       SELECT 'matrix-login', 'Matrix', password_hash, 'raad' FROM app_user WHERE username = 'test-beheer'`,
    );
    // Fixed ids for updateUser and endContract (far above what the sequences hand out here).
    await sql(
      `INSERT INTO app_user (id, username, display_name, role) VALUES (9001, 'matrix-managed', 'Matrix', 'raad')`,
    );
    await sql(
      `INSERT INTO contract (id, municipality_code, organisation_id, domain_code, starts_on)
       SELECT 9001, 'GM0001', id, 'wmo', '2024-01-01' FROM organisation WHERE code = 'matrix-b'`,
    );
    await sql(
      `INSERT INTO handling_norm (id, municipality_code, source_organisation_id, term_amount, term_unit, term_days,
                                  replaces_norm, valid_from)
       SELECT 9001, 'GM0001', id, 6, 'weken', 42, 'awb_9_11', '2024-01-01' FROM organisation WHERE code = 'matrix-b'`,
    );
    // Every role's own saved view, for updateSavedView and deleteSavedView (ids far above the sequence).
    for (const [index, role] of ROLES.entries()) {
      await sut.login(role);
      await sql(
        `INSERT INTO saved_view (id, owner_id, name, path) SELECT $1, id, 'Eigen', '/' FROM app_user WHERE username = $2`,
        [9001 + index, `test-${role}`],
      );
    }
    expect(introspection.errors).toBeUndefined();
    const schema = introspection.data!.__schema;
    schemaOperations = [
      ...schema.queryType.fields.map((field) => ({ name: field.name, type: 'query' as const })),
      ...(schema.mutationType?.fields ?? []).map((field) => ({
        name: field.name,
        type: 'mutation' as const,
      })),
    ];

    const ordered = Object.entries(MATRIX).sort(
      ([, a], [, b]) => Number(a.endsSession ?? false) - Number(b.endsSession ?? false),
    );
    for (const caller of CALLERS) {
      const session: TestSession | null = caller === 'anonymous' ? null : await sut.login(caller);
      for (const [name, field] of Object.entries(RECORD_FIELDS)) {
        const run = session ? session.graphql.bind(session) : sut.graphql.bind(sut);
        const byCaller = fieldResults.get(name) ?? new Map<Caller, GraphQLResult<unknown>>();
        byCaller.set(caller, await run(field.document, field.variables));
        fieldResults.set(name, byCaller);
      }
      // Operations last: logout ends the session.
      for (const [name, operation] of ordered) {
        const run = session ? session.graphql.bind(session) : sut.graphql.bind(sut);
        const variables =
          typeof operation.variables === 'function' ? operation.variables(caller) : operation.variables;
        const result = await run(operation.document, variables);
        const byCaller = results.get(name) ?? new Map<Caller, GraphQLResult<unknown>>();
        byCaller.set(caller, result);
        results.set(name, byCaller);
      }
    }
  }, 300_000);

  afterAll(async () => {
    await sut?.close();
  });

  it('should have a row in the literal matrix for every operation in the schema', () => {
    const missing = schemaOperations
      .filter((operation) => !(operation.name in MATRIX))
      .map((operation) => `${operation.type} ${operation.name}`);
    expect(missing).toEqual([]);
  });

  it('should have no stale rows, and each row of the right type', () => {
    const inSchema = new Map(schemaOperations.map((operation) => [operation.name, operation.type]));
    const wrong = Object.entries(MATRIX)
      .filter(([name, operation]) => inSchema.get(name) !== operation.type)
      .map(([name]) => name);
    expect(wrong).toEqual([]);
  });

  const expectations = Object.entries(MATRIX).flatMap(([name, operation]) =>
    CALLERS.map((caller) => [name, caller, operation.access[caller]] as const),
  );
  it.each(expectations)('%s as %s should be %s', (name, caller, access) => {
    const result = results.get(name)?.get(caller);
    expect(result).toBeDefined();
    if (access === 'allowed') {
      expect(result?.errors).toBeUndefined();
      expect(result?.data).toBeDefined();
    } else {
      expect(refused(result!)).toBe(true);
      const data = result?.data as Record<string, unknown> | null | undefined;
      expect(data?.[name] ?? null).toBeNull();
    }
  });

  it('should refuse every record-level operation to raad, panel and college', () => {
    const recordLevel = Object.entries(MATRIX).filter(([, operation]) => operation.recordLevel);
    expect(recordLevel.map(([name]) => name).sort()).toEqual([
      'caseRecord',
      'caseRecords',
      'themeReviewQueue',
    ]);
    for (const [name, operation] of recordLevel) {
      for (const role of ['raad', 'panel', 'college'] as const) {
        expect(operation.access[role]).toBe('forbidden');
        expect(refused(results.get(name)!.get(role)!)).toBe(true);
      }
    }
  });

  const fieldExpectations = Object.keys(RECORD_FIELDS).flatMap((name) =>
    CALLERS.map((caller) => [name, caller, RECORD_FIELD_ACCESS[caller]] as const),
  );
  it.each(fieldExpectations)('record field %s as %s should be %s', (name, caller, access) => {
    const result = fieldResults.get(name)?.get(caller);
    const root = RECORD_FIELDS[name]!.root;
    const data = result?.data as Record<string, unknown> | null | undefined;
    if (access === 'allowed') {
      expect(result?.errors).toBeUndefined();
      expect(data?.[root]).not.toBeNull();
    } else {
      expect(refused(result!)).toBe(true);
      expect(JSON.stringify(data ?? null)).not.toContain('recordId');
    }
  });

  it('should never give a suppressed role a count between 1 and the threshold minus 1', () => {
    const threshold = DEFAULT_DISCLOSURE_POLICY.threshold;
    const leaks: string[] = [];
    for (const [name, byCaller] of results) {
      if (name === 'login' || name === 'me' || name === 'auditLog') continue;
      for (const role of ['raad', 'panel', 'college'] as const) {
        const data = byCaller.get(role)?.data;
        leaks.push(...smallCounts(data, threshold).map((leak) => `${role} ${name} ${leak}`));
      }
    }
    expect(leaks).toEqual([]);
    // The scan must have had something to find: policy staff do see the small counts.
    const beleid = [...results.entries()]
      .filter(([name]) => name === 'metrics' || name === 'thermometer')
      .flatMap(([, byCaller]) => smallCounts(byCaller.get('beleid')?.data, threshold));
    expect(beleid.length).toBeGreaterThan(0);
  });
});
