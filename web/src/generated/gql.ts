/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuthOptions {\n    authOptions {\n      oidc\n    }\n  }\n": typeof types.AuthOptionsDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Chain($query: ChainQueryInput!) {\n    chain(query: $query) {\n      disclosureControl\n      windowDays\n      complaints {\n        value\n        suppressed\n      }\n      objections {\n        value\n        suppressed\n      }\n      escalationRate {\n        value\n        suppressed\n      }\n      stages {\n        code\n        label\n        count {\n          value\n          suppressed\n        }\n      }\n      transitions {\n        from\n        to\n        label\n        citizens {\n          value\n          suppressed\n        }\n        moved {\n          value\n          suppressed\n        }\n        movedPercentage {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.ChainDocument,
    "\n  query Metrics($query: MetricsQueryInput!) {\n    metrics(query: $query) {\n      disclosureControl\n      rows {\n        period\n        complete\n        dimensions {\n          dimension\n          code\n          label\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n      totals {\n        period\n        complete\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n    }\n  }\n": typeof types.MetricsDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  query ProviderCompliance($query: ProviderComplianceQueryInput!) {\n    providerCompliance(query: $query) {\n      disclosureControl\n      halfYears {\n        periodStart\n        periodEnd\n        dueOn\n        required {\n          value\n          suppressed\n        }\n        onTime {\n          value\n          suppressed\n        }\n        late {\n          value\n          suppressed\n        }\n        missing {\n          value\n          suppressed\n        }\n        notYetDue {\n          value\n          suppressed\n        }\n        onTimePercentage {\n          value\n          suppressed\n        }\n      }\n      providers {\n        organisationCode\n        organisationName\n        municipalityCode\n        periodStart\n        dueOn\n        submittedOn\n        status\n        daysLate\n      }\n    }\n  }\n": typeof types.ProviderComplianceDocument,
    "\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      receivedOn\n      closedOn\n      kind\n      line\n      channel\n      complainantType\n      domainLabel\n      themeLabel\n      sourceOrganisation\n      subjectOrganisation\n      neighbourhoodCode\n      outcome\n      subjectKeyShort\n      textRedacted\n    }\n  }\n": typeof types.CaseRecordDocument,
    "\n  query CaseRecords($filter: CaseRecordFilterInput, $page: PageInput) {\n    caseRecords(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      records {\n        id\n        receivedOn\n        closedOn\n        kind\n        domainLabel\n        themeLabel\n        sourceOrganisation\n        subjectOrganisation\n        outcome\n      }\n    }\n  }\n": typeof types.CaseRecordsDocument,
    "\n  query SignalEvidenceRecords($id: ID!, $limit: Int!) {\n    signal(id: $id) {\n      id\n      evidenceRecords(limit: $limit) {\n        recordId\n        recordType\n        kind\n        startedOn\n        endedOn\n        themeCode\n        sourceOrganisationCode\n        subjectOrganisationCode\n        subjectKey\n        outcome\n        textRedacted\n      }\n    }\n  }\n": typeof types.SignalEvidenceRecordsDocument,
    "\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      id\n      ruleCode\n      ruleLabel\n      scopeKey\n      themeLabel\n      organisationName\n      domainCode\n      law\n      periodStart\n      periodEnd\n      score\n      scoreSuppressed\n      status\n      statusNote\n      statusChangedAt\n      active\n      firstSeenAt\n      organisations {\n        code\n        name\n      }\n      evidence {\n        name\n        value\n        suppressed\n        text\n        organisationCode\n        themeCode\n      }\n    }\n  }\n": typeof types.SignalDocument,
    "\n  query SignalRules {\n    signalRules {\n      code\n      label\n      description\n      enabled\n    }\n  }\n": typeof types.SignalRulesDocument,
    "\n  query Signals($filter: SignalFilterInput) {\n    signals(filter: $filter) {\n      id\n      ruleCode\n      ruleLabel\n      scopeKey\n      themeLabel\n      organisationName\n      domainCode\n      law\n      periodStart\n      periodEnd\n      score\n      scoreSuppressed\n      status\n      active\n    }\n  }\n": typeof types.SignalsDocument,
    "\n  mutation UpdateSignalStatus($id: ID!, $status: SignalStatus!, $note: String) {\n    updateSignalStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      statusNote\n      statusChangedAt\n    }\n  }\n": typeof types.UpdateSignalStatusDocument,
    "\n  query DataFreshness {\n    dataFreshness {\n      today\n      sources {\n        organisationCode\n        organisationName\n        kind\n        lastImportAt\n        latestBusinessDate\n        daysSinceLatestData\n        expectedWithinDays\n        stale\n        rows {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.DataFreshnessDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      fileName\n      profile\n      status\n      error\n      rowsRead\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      progress {\n        phase\n        percent\n        rowsRead\n        rowsRejected\n        rowsPerSecond\n      }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportProfiles {\n    importProfiles {\n      name\n      label\n      description\n      error\n    }\n  }\n": typeof types.ImportProfilesDocument,
    "\n  query Imports($limit: Int!, $offset: Int!) {\n    imports(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        fileName\n        profile\n        status\n        createdAt\n        finishedAt\n        rowsRead\n        rowsInserted\n        rowsUpdated\n        rowsUnchanged\n        rowsRejected\n        error\n        warnings\n      }\n    }\n  }\n": typeof types.ImportsDocument,
    "\n  query RejectedRows($importId: ID!, $limit: Int!, $offset: Int!) {\n    rejectedRows(importId: $importId, limit: $limit, offset: $offset) {\n      importId\n      totalCount\n      rows {\n        id\n        rowNumber\n        columnName\n        value\n        reason\n      }\n    }\n  }\n": typeof types.RejectedRowsDocument,
    "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n": typeof types.HealthDocument,
    "\n  mutation DecideThemeReview($input: DecideThemeReviewInput!) {\n    decideThemeReview(input: $input)\n  }\n": typeof types.DecideThemeReviewDocument,
    "\n  query ThemeReviewOptions {\n    themeReviewOptions {\n      code\n      label\n    }\n  }\n": typeof types.ThemeReviewOptionsDocument,
    "\n  query ThemeReviewQueue($limit: Int) {\n    themeReviewQueue(limit: $limit) {\n      totalCount\n      items {\n        recordId\n        receivedOn\n        domainLabel\n        textRedacted\n        reason\n        suggestedThemeCode\n        suggestedThemeLabel\n        confidence\n        ruleThemeLabel\n        evidence\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.ThemeReviewQueueDocument,
    "\n  query ThemeReviewWeeks {\n    themeReviewWeeks {\n      week\n      decided\n      agreement\n      sampled\n      sampleAccuracy\n    }\n  }\n": typeof types.ThemeReviewWeeksDocument,
    "\n  query Thermometer($period: String) {\n    thermometer(period: $period) {\n      disclosureControl\n      threshold\n      period {\n        quarter\n        comparisonQuarter\n        start\n        end\n      }\n      domains {\n        domain\n        label\n        colour\n        explanation\n        decidingIndicator\n        biggestChange {\n          indicator\n          label\n          explanation\n        }\n        indicators {\n          indicator\n          label\n          colour\n          reading\n          current\n          previous\n          amberFrom\n          redFrom\n          higherIsWorse\n          suppressed\n          explanation\n        }\n        trend {\n          quarter\n          start\n          count\n          ratePer1000\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.ThermometerDocument,
    "\n  query HandlingTimes($query: HandlingTimesQueryInput!) {\n    handlingTimes(query: $query) {\n      disclosureControl\n      norm {\n        code\n        label\n        legalBasis\n        termDays\n        committeeTermDays\n        dataNote\n      }\n      rows {\n        code\n        label\n        received {\n          value\n          suppressed\n        }\n        closed {\n          value\n          suppressed\n        }\n        medianDays {\n          value\n          suppressed\n        }\n        p90Days {\n          value\n          suppressed\n        }\n        withinTermPercentage {\n          value\n          suppressed\n        }\n        beyondTermPercentage {\n          value\n          suppressed\n        }\n        extendedPercentage {\n          value\n          suppressed\n        }\n        openBeyondTerm {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.HandlingTimesDocument,
    "\n  query Norms {\n    norms {\n      code\n      label\n      status\n      legalBasis\n      termDays\n      committeeTermDays\n      workingDays\n      computable\n      dataNote\n      extension {\n        maxDays\n        times\n      }\n    }\n  }\n": typeof types.NormsDocument,
    "\n  query WaitingTimeComplaints($query: IndicatorQueryInput!) {\n    waitingTimeComplaints(query: $query) {\n      disclosureControl\n      rows {\n        code\n        label\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n      totals {\n        period\n        complete\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.WaitingTimeComplaintsDocument,
};
const documents: Documents = {
    "\n  query AuthOptions {\n    authOptions {\n      oidc\n    }\n  }\n": types.AuthOptionsDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query Chain($query: ChainQueryInput!) {\n    chain(query: $query) {\n      disclosureControl\n      windowDays\n      complaints {\n        value\n        suppressed\n      }\n      objections {\n        value\n        suppressed\n      }\n      escalationRate {\n        value\n        suppressed\n      }\n      stages {\n        code\n        label\n        count {\n          value\n          suppressed\n        }\n      }\n      transitions {\n        from\n        to\n        label\n        citizens {\n          value\n          suppressed\n        }\n        moved {\n          value\n          suppressed\n        }\n        movedPercentage {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.ChainDocument,
    "\n  query Metrics($query: MetricsQueryInput!) {\n    metrics(query: $query) {\n      disclosureControl\n      rows {\n        period\n        complete\n        dimensions {\n          dimension\n          code\n          label\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n      totals {\n        period\n        complete\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n    }\n  }\n": types.MetricsDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  query ProviderCompliance($query: ProviderComplianceQueryInput!) {\n    providerCompliance(query: $query) {\n      disclosureControl\n      halfYears {\n        periodStart\n        periodEnd\n        dueOn\n        required {\n          value\n          suppressed\n        }\n        onTime {\n          value\n          suppressed\n        }\n        late {\n          value\n          suppressed\n        }\n        missing {\n          value\n          suppressed\n        }\n        notYetDue {\n          value\n          suppressed\n        }\n        onTimePercentage {\n          value\n          suppressed\n        }\n      }\n      providers {\n        organisationCode\n        organisationName\n        municipalityCode\n        periodStart\n        dueOn\n        submittedOn\n        status\n        daysLate\n      }\n    }\n  }\n": types.ProviderComplianceDocument,
    "\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      receivedOn\n      closedOn\n      kind\n      line\n      channel\n      complainantType\n      domainLabel\n      themeLabel\n      sourceOrganisation\n      subjectOrganisation\n      neighbourhoodCode\n      outcome\n      subjectKeyShort\n      textRedacted\n    }\n  }\n": types.CaseRecordDocument,
    "\n  query CaseRecords($filter: CaseRecordFilterInput, $page: PageInput) {\n    caseRecords(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      records {\n        id\n        receivedOn\n        closedOn\n        kind\n        domainLabel\n        themeLabel\n        sourceOrganisation\n        subjectOrganisation\n        outcome\n      }\n    }\n  }\n": types.CaseRecordsDocument,
    "\n  query SignalEvidenceRecords($id: ID!, $limit: Int!) {\n    signal(id: $id) {\n      id\n      evidenceRecords(limit: $limit) {\n        recordId\n        recordType\n        kind\n        startedOn\n        endedOn\n        themeCode\n        sourceOrganisationCode\n        subjectOrganisationCode\n        subjectKey\n        outcome\n        textRedacted\n      }\n    }\n  }\n": types.SignalEvidenceRecordsDocument,
    "\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      id\n      ruleCode\n      ruleLabel\n      scopeKey\n      themeLabel\n      organisationName\n      domainCode\n      law\n      periodStart\n      periodEnd\n      score\n      scoreSuppressed\n      status\n      statusNote\n      statusChangedAt\n      active\n      firstSeenAt\n      organisations {\n        code\n        name\n      }\n      evidence {\n        name\n        value\n        suppressed\n        text\n        organisationCode\n        themeCode\n      }\n    }\n  }\n": types.SignalDocument,
    "\n  query SignalRules {\n    signalRules {\n      code\n      label\n      description\n      enabled\n    }\n  }\n": types.SignalRulesDocument,
    "\n  query Signals($filter: SignalFilterInput) {\n    signals(filter: $filter) {\n      id\n      ruleCode\n      ruleLabel\n      scopeKey\n      themeLabel\n      organisationName\n      domainCode\n      law\n      periodStart\n      periodEnd\n      score\n      scoreSuppressed\n      status\n      active\n    }\n  }\n": types.SignalsDocument,
    "\n  mutation UpdateSignalStatus($id: ID!, $status: SignalStatus!, $note: String) {\n    updateSignalStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      statusNote\n      statusChangedAt\n    }\n  }\n": types.UpdateSignalStatusDocument,
    "\n  query DataFreshness {\n    dataFreshness {\n      today\n      sources {\n        organisationCode\n        organisationName\n        kind\n        lastImportAt\n        latestBusinessDate\n        daysSinceLatestData\n        expectedWithinDays\n        stale\n        rows {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.DataFreshnessDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      fileName\n      profile\n      status\n      error\n      rowsRead\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      progress {\n        phase\n        percent\n        rowsRead\n        rowsRejected\n        rowsPerSecond\n      }\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportProfiles {\n    importProfiles {\n      name\n      label\n      description\n      error\n    }\n  }\n": types.ImportProfilesDocument,
    "\n  query Imports($limit: Int!, $offset: Int!) {\n    imports(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        fileName\n        profile\n        status\n        createdAt\n        finishedAt\n        rowsRead\n        rowsInserted\n        rowsUpdated\n        rowsUnchanged\n        rowsRejected\n        error\n        warnings\n      }\n    }\n  }\n": types.ImportsDocument,
    "\n  query RejectedRows($importId: ID!, $limit: Int!, $offset: Int!) {\n    rejectedRows(importId: $importId, limit: $limit, offset: $offset) {\n      importId\n      totalCount\n      rows {\n        id\n        rowNumber\n        columnName\n        value\n        reason\n      }\n    }\n  }\n": types.RejectedRowsDocument,
    "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n": types.HealthDocument,
    "\n  mutation DecideThemeReview($input: DecideThemeReviewInput!) {\n    decideThemeReview(input: $input)\n  }\n": types.DecideThemeReviewDocument,
    "\n  query ThemeReviewOptions {\n    themeReviewOptions {\n      code\n      label\n    }\n  }\n": types.ThemeReviewOptionsDocument,
    "\n  query ThemeReviewQueue($limit: Int) {\n    themeReviewQueue(limit: $limit) {\n      totalCount\n      items {\n        recordId\n        receivedOn\n        domainLabel\n        textRedacted\n        reason\n        suggestedThemeCode\n        suggestedThemeLabel\n        confidence\n        ruleThemeLabel\n        evidence\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.ThemeReviewQueueDocument,
    "\n  query ThemeReviewWeeks {\n    themeReviewWeeks {\n      week\n      decided\n      agreement\n      sampled\n      sampleAccuracy\n    }\n  }\n": types.ThemeReviewWeeksDocument,
    "\n  query Thermometer($period: String) {\n    thermometer(period: $period) {\n      disclosureControl\n      threshold\n      period {\n        quarter\n        comparisonQuarter\n        start\n        end\n      }\n      domains {\n        domain\n        label\n        colour\n        explanation\n        decidingIndicator\n        biggestChange {\n          indicator\n          label\n          explanation\n        }\n        indicators {\n          indicator\n          label\n          colour\n          reading\n          current\n          previous\n          amberFrom\n          redFrom\n          higherIsWorse\n          suppressed\n          explanation\n        }\n        trend {\n          quarter\n          start\n          count\n          ratePer1000\n          suppressed\n        }\n      }\n    }\n  }\n": types.ThermometerDocument,
    "\n  query HandlingTimes($query: HandlingTimesQueryInput!) {\n    handlingTimes(query: $query) {\n      disclosureControl\n      norm {\n        code\n        label\n        legalBasis\n        termDays\n        committeeTermDays\n        dataNote\n      }\n      rows {\n        code\n        label\n        received {\n          value\n          suppressed\n        }\n        closed {\n          value\n          suppressed\n        }\n        medianDays {\n          value\n          suppressed\n        }\n        p90Days {\n          value\n          suppressed\n        }\n        withinTermPercentage {\n          value\n          suppressed\n        }\n        beyondTermPercentage {\n          value\n          suppressed\n        }\n        extendedPercentage {\n          value\n          suppressed\n        }\n        openBeyondTerm {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.HandlingTimesDocument,
    "\n  query Norms {\n    norms {\n      code\n      label\n      status\n      legalBasis\n      termDays\n      committeeTermDays\n      workingDays\n      computable\n      dataNote\n      extension {\n        maxDays\n        times\n      }\n    }\n  }\n": types.NormsDocument,
    "\n  query WaitingTimeComplaints($query: IndicatorQueryInput!) {\n    waitingTimeComplaints(query: $query) {\n      disclosureControl\n      rows {\n        code\n        label\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n      totals {\n        period\n        complete\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.WaitingTimeComplaintsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthOptions {\n    authOptions {\n      oidc\n    }\n  }\n"): typeof import('./graphql').AuthOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chain($query: ChainQueryInput!) {\n    chain(query: $query) {\n      disclosureControl\n      windowDays\n      complaints {\n        value\n        suppressed\n      }\n      objections {\n        value\n        suppressed\n      }\n      escalationRate {\n        value\n        suppressed\n      }\n      stages {\n        code\n        label\n        count {\n          value\n          suppressed\n        }\n      }\n      transitions {\n        from\n        to\n        label\n        citizens {\n          value\n          suppressed\n        }\n        moved {\n          value\n          suppressed\n        }\n        movedPercentage {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Metrics($query: MetricsQueryInput!) {\n    metrics(query: $query) {\n      disclosureControl\n      rows {\n        period\n        complete\n        dimensions {\n          dimension\n          code\n          label\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n      totals {\n        period\n        complete\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n    }\n  }\n"): typeof import('./graphql').MunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderCompliance($query: ProviderComplianceQueryInput!) {\n    providerCompliance(query: $query) {\n      disclosureControl\n      halfYears {\n        periodStart\n        periodEnd\n        dueOn\n        required {\n          value\n          suppressed\n        }\n        onTime {\n          value\n          suppressed\n        }\n        late {\n          value\n          suppressed\n        }\n        missing {\n          value\n          suppressed\n        }\n        notYetDue {\n          value\n          suppressed\n        }\n        onTimePercentage {\n          value\n          suppressed\n        }\n      }\n      providers {\n        organisationCode\n        organisationName\n        municipalityCode\n        periodStart\n        dueOn\n        submittedOn\n        status\n        daysLate\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      receivedOn\n      closedOn\n      kind\n      line\n      channel\n      complainantType\n      domainLabel\n      themeLabel\n      sourceOrganisation\n      subjectOrganisation\n      neighbourhoodCode\n      outcome\n      subjectKeyShort\n      textRedacted\n    }\n  }\n"): typeof import('./graphql').CaseRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRecords($filter: CaseRecordFilterInput, $page: PageInput) {\n    caseRecords(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      records {\n        id\n        receivedOn\n        closedOn\n        kind\n        domainLabel\n        themeLabel\n        sourceOrganisation\n        subjectOrganisation\n        outcome\n      }\n    }\n  }\n"): typeof import('./graphql').CaseRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignalEvidenceRecords($id: ID!, $limit: Int!) {\n    signal(id: $id) {\n      id\n      evidenceRecords(limit: $limit) {\n        recordId\n        recordType\n        kind\n        startedOn\n        endedOn\n        themeCode\n        sourceOrganisationCode\n        subjectOrganisationCode\n        subjectKey\n        outcome\n        textRedacted\n      }\n    }\n  }\n"): typeof import('./graphql').SignalEvidenceRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      id\n      ruleCode\n      ruleLabel\n      scopeKey\n      themeLabel\n      organisationName\n      domainCode\n      law\n      periodStart\n      periodEnd\n      score\n      scoreSuppressed\n      status\n      statusNote\n      statusChangedAt\n      active\n      firstSeenAt\n      organisations {\n        code\n        name\n      }\n      evidence {\n        name\n        value\n        suppressed\n        text\n        organisationCode\n        themeCode\n      }\n    }\n  }\n"): typeof import('./graphql').SignalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignalRules {\n    signalRules {\n      code\n      label\n      description\n      enabled\n    }\n  }\n"): typeof import('./graphql').SignalRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signals($filter: SignalFilterInput) {\n    signals(filter: $filter) {\n      id\n      ruleCode\n      ruleLabel\n      scopeKey\n      themeLabel\n      organisationName\n      domainCode\n      law\n      periodStart\n      periodEnd\n      score\n      scoreSuppressed\n      status\n      active\n    }\n  }\n"): typeof import('./graphql').SignalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSignalStatus($id: ID!, $status: SignalStatus!, $note: String) {\n    updateSignalStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      statusNote\n      statusChangedAt\n    }\n  }\n"): typeof import('./graphql').UpdateSignalStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataFreshness {\n    dataFreshness {\n      today\n      sources {\n        organisationCode\n        organisationName\n        kind\n        lastImportAt\n        latestBusinessDate\n        daysSinceLatestData\n        expectedWithinDays\n        stale\n        rows {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DataFreshnessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      fileName\n      profile\n      status\n      error\n      rowsRead\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      progress {\n        phase\n        percent\n        rowsRead\n        rowsRejected\n        rowsPerSecond\n      }\n    }\n  }\n"): typeof import('./graphql').ImportJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProfiles {\n    importProfiles {\n      name\n      label\n      description\n      error\n    }\n  }\n"): typeof import('./graphql').ImportProfilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Imports($limit: Int!, $offset: Int!) {\n    imports(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        fileName\n        profile\n        status\n        createdAt\n        finishedAt\n        rowsRead\n        rowsInserted\n        rowsUpdated\n        rowsUnchanged\n        rowsRejected\n        error\n        warnings\n      }\n    }\n  }\n"): typeof import('./graphql').ImportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RejectedRows($importId: ID!, $limit: Int!, $offset: Int!) {\n    rejectedRows(importId: $importId, limit: $limit, offset: $offset) {\n      importId\n      totalCount\n      rows {\n        id\n        rowNumber\n        columnName\n        value\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql').RejectedRowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n"): typeof import('./graphql').HealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideThemeReview($input: DecideThemeReviewInput!) {\n    decideThemeReview(input: $input)\n  }\n"): typeof import('./graphql').DecideThemeReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeReviewOptions {\n    themeReviewOptions {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').ThemeReviewOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeReviewQueue($limit: Int) {\n    themeReviewQueue(limit: $limit) {\n      totalCount\n      items {\n        recordId\n        receivedOn\n        domainLabel\n        textRedacted\n        reason\n        suggestedThemeCode\n        suggestedThemeLabel\n        confidence\n        ruleThemeLabel\n        evidence\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThemeReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeReviewWeeks {\n    themeReviewWeeks {\n      week\n      decided\n      agreement\n      sampled\n      sampleAccuracy\n    }\n  }\n"): typeof import('./graphql').ThemeReviewWeeksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Thermometer($period: String) {\n    thermometer(period: $period) {\n      disclosureControl\n      threshold\n      period {\n        quarter\n        comparisonQuarter\n        start\n        end\n      }\n      domains {\n        domain\n        label\n        colour\n        explanation\n        decidingIndicator\n        biggestChange {\n          indicator\n          label\n          explanation\n        }\n        indicators {\n          indicator\n          label\n          colour\n          reading\n          current\n          previous\n          amberFrom\n          redFrom\n          higherIsWorse\n          suppressed\n          explanation\n        }\n        trend {\n          quarter\n          start\n          count\n          ratePer1000\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThermometerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandlingTimes($query: HandlingTimesQueryInput!) {\n    handlingTimes(query: $query) {\n      disclosureControl\n      norm {\n        code\n        label\n        legalBasis\n        termDays\n        committeeTermDays\n        dataNote\n      }\n      rows {\n        code\n        label\n        received {\n          value\n          suppressed\n        }\n        closed {\n          value\n          suppressed\n        }\n        medianDays {\n          value\n          suppressed\n        }\n        p90Days {\n          value\n          suppressed\n        }\n        withinTermPercentage {\n          value\n          suppressed\n        }\n        beyondTermPercentage {\n          value\n          suppressed\n        }\n        extendedPercentage {\n          value\n          suppressed\n        }\n        openBeyondTerm {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HandlingTimesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Norms {\n    norms {\n      code\n      label\n      status\n      legalBasis\n      termDays\n      committeeTermDays\n      workingDays\n      computable\n      dataNote\n      extension {\n        maxDays\n        times\n      }\n    }\n  }\n"): typeof import('./graphql').NormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingTimeComplaints($query: IndicatorQueryInput!) {\n    waitingTimeComplaints(query: $query) {\n      disclosureControl\n      rows {\n        code\n        label\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n      totals {\n        period\n        complete\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WaitingTimeComplaintsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
