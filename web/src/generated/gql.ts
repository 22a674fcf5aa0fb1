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
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      info {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  query IndicatorApi {\n    indicatorApi {\n      basePath\n      indicators {\n        name\n        label\n        definition\n        additive\n        csvPath\n      }\n      indicatorColumns {\n        name\n        meaning\n      }\n      families {\n        name\n        label\n        definition\n        csvPath\n        breakdowns\n        filters\n        columns {\n          name\n          meaning\n        }\n      }\n      parameters {\n        param\n        label\n        definition\n        filter\n        breakdown\n      }\n      granularities {\n        param\n        label\n      }\n    }\n  }\n": typeof types.IndicatorApiDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation RevokeApiToken($id: Int!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuthOptions {\n    authOptions {\n      oidc\n    }\n  }\n": typeof types.AuthOptionsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Chain($query: ChainQueryInput!) {\n    chain(query: $query) {\n      disclosureControl\n      windowDays\n      complaints {\n        value\n        suppressed\n      }\n      objections {\n        value\n        suppressed\n      }\n      escalationRate {\n        value\n        suppressed\n      }\n      stages {\n        code\n        label\n        count {\n          value\n          suppressed\n        }\n      }\n      transitions {\n        from\n        to\n        label\n        citizens {\n          value\n          suppressed\n        }\n        moved {\n          value\n          suppressed\n        }\n        movedPercentage {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.ChainDocument,
    "\n  query Metrics($query: MetricsQueryInput!) {\n    metrics(query: $query) {\n      disclosureControl\n      rows {\n        period\n        complete\n        dimensions {\n          dimension\n          code\n          label\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n      totals {\n        period\n        complete\n        comparable\n        coverage {\n          completeness\n          sourcesDelivered\n          sourcesExpected\n          notDelivered\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n    }\n  }\n": typeof types.MetricsDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n    }\n  }\n": typeof types.MunicipalitiesDocument,
    "\n  mutation AddHandlingNorm($input: SaveHandlingNormInput!) {\n    addHandlingNorm(input: $input)\n  }\n": typeof types.AddHandlingNormDocument,
    "\n  mutation ChangeHandlingNorm($id: Int!, $input: SaveHandlingNormInput!) {\n    changeHandlingNorm(id: $id, input: $input)\n  }\n": typeof types.ChangeHandlingNormDocument,
    "\n  mutation EndHandlingNorm($id: Int!, $validTo: String!) {\n    endHandlingNorm(id: $id, validTo: $validTo)\n  }\n": typeof types.EndHandlingNormDocument,
    "\n  query HandlingNorms {\n    handlingNorms {\n      id\n      municipalityCode\n      source\n      sourceName\n      theme\n      themeLabel\n      kind\n      termAmount\n      termUnit\n      termDays\n      replacesNorm\n      validFrom\n      validTo\n      note\n    }\n    handlingNormThemes {\n      code\n      label\n    }\n    norms {\n      code\n      label\n    }\n  }\n": typeof types.HandlingNormsDocument,
    "\n  mutation CreateMeasure($input: MeasureInput!) {\n    createMeasure(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateMeasureDocument,
    "\n  query MeasureEffect($id: ID!) {\n    measure(id: $id) {\n      id\n      title\n      themeLabel\n      effectiveOn\n      effect {\n        verdict\n        explanation\n        centreLine\n        afterRate\n        points {\n          period\n          after\n          count\n          rate\n          lowerLimit\n          upperLimit\n          beyondLimits\n        }\n      }\n      effectPerClients {\n        verdict\n        centreLine\n        afterRate\n      }\n    }\n  }\n": typeof types.MeasureEffectDocument,
    "\n  query Measures($themeCode: String) {\n    measures(themeCode: $themeCode) {\n      id\n      title\n      description\n      themeCode\n      themeLabel\n      sourceKind\n      sourceRef\n      owner\n      decidedOn\n      effectiveOn\n      expectedEffect\n      status\n      recommendationStatus\n      pcReference\n    }\n  }\n": typeof types.MeasuresDocument,
    "\n  query RecommendationFollowUp {\n    recommendationFollowUp {\n      sourceKind\n      total\n      followed\n      notFollowed\n      pending\n      followedShare\n      notFollowedShare\n      pendingShare\n      followedOfDecided\n    }\n  }\n": typeof types.RecommendationFollowUpDocument,
    "\n  mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      id\n      status\n      recommendationStatus\n    }\n  }\n": typeof types.UpdateMeasureDocument,
    "\n  query NeighbourhoodBoundarySets {\n    neighbourhoodBoundarySets {\n      municipalityCode\n      municipalityName\n      level\n      areas\n      withInhabitants\n      sourceFile\n      importedAt\n    }\n  }\n": typeof types.NeighbourhoodBoundarySetsDocument,
    "\n  query NeighbourhoodMap($query: NeighbourhoodMapInput!) {\n    neighbourhoodMap(query: $query) {\n      measure\n      level\n      disclosureControl\n      areas {\n        code\n        name\n        geometry\n        inhabitants\n        count\n        rate\n        suppressed\n      }\n      unmapped {\n        code\n        label\n        count\n        suppressed\n      }\n    }\n  }\n": typeof types.NeighbourhoodMapDocument,
    "\n  query Outcomes($query: OutcomesQueryInput!) {\n    outcomes(query: $query) {\n      disclosureControl\n      rows {\n        code\n        label\n        decided {\n          value\n          suppressed\n        }\n        gegrond {\n          value\n          suppressed\n        }\n        deelsGegrond {\n          value\n          suppressed\n        }\n        ongegrond {\n          value\n          suppressed\n        }\n        upholdRate {\n          value\n          suppressed\n        }\n        upholdRateLower {\n          value\n          suppressed\n        }\n        upholdRateUpper {\n          value\n          suppressed\n        }\n        recommendationsMade {\n          value\n          suppressed\n        }\n        recommendationsFollowed {\n          value\n          suppressed\n        }\n        recommendationsNotFollowed {\n          value\n          suppressed\n        }\n        recommendationFollowedRate {\n          value\n          suppressed\n        }\n        recommendationFollowedRateLower {\n          value\n          suppressed\n        }\n        recommendationFollowedRateUpper {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.OutcomesDocument,
    "\n  query UpheldMeasures($query: OutcomesQueryInput!) {\n    upheldComplaintMeasures(query: $query) {\n      disclosureControl\n      upheld {\n        value\n        suppressed\n      }\n      measures {\n        measure\n        count {\n          value\n          suppressed\n        }\n        share {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.UpheldMeasuresDocument,
    "\n  mutation AddPanelSignalFinding($signalId: ID!, $sampleId: ID, $finding: String!) {\n    addPanelSignalFinding(signalId: $signalId, sampleId: $sampleId, finding: $finding) {\n      id\n    }\n  }\n": typeof types.AddPanelSignalFindingDocument,
    "\n  mutation AssignPanelMembers($sampleId: ID!, $userIds: [Int!]!) {\n    assignPanelMembers(sampleId: $sampleId, userIds: $userIds) {\n      id\n    }\n  }\n": typeof types.AssignPanelMembersDocument,
    "\n  query ConductNorms {\n    conductNorms {\n      code\n      label\n      description\n      norms {\n        code\n        label\n        description\n      }\n    }\n  }\n": typeof types.ConductNormsDocument,
    "\n  mutation ConfirmPanelSystemError($sampleId: ID!, $decisionId: ID!, $confirmed: Boolean!, $note: String) {\n    confirmPanelSystemError(\n      sampleId: $sampleId\n      decisionId: $decisionId\n      confirmed: $confirmed\n      note: $note\n    ) {\n      decisionId\n      confirmed\n      confirmationNote\n    }\n  }\n": typeof types.ConfirmPanelSystemErrorDocument,
    "\n  mutation DrawPanelSample($input: DrawPanelSampleInput!) {\n    drawPanelSample(input: $input) {\n      id\n    }\n  }\n": typeof types.DrawPanelSampleDocument,
    "\n  query PanelCase($sampleId: ID!, $decisionId: ID!) {\n    panelCase(sampleId: $sampleId, decisionId: $decisionId) {\n      sampleId\n      sampleTitle\n      decisionId\n      caseNumber\n      lawLabel\n      domainLabel\n      themeLabel\n      decisionType\n      primaryDecisionOn\n      objectionReceivedOn\n      decidedOn\n      advisoryCommittee\n      extended\n      termMet\n      outcomeLabel\n      summaryRedacted\n      confirmed\n      confirmationNote\n      myReview {\n        systemError\n        normCodes\n        reasonable\n        reasonableExplanation\n        updatedAt\n      }\n      reviews {\n        reviewerName\n        systemError\n        normCodes\n        reasonable\n        reasonableExplanation\n      }\n    }\n  }\n": typeof types.PanelCaseDocument,
    "\n  query PanelCases($sampleId: ID) {\n    panelCases(sampleId: $sampleId) {\n      sampleId\n      sampleTitle\n      decisionId\n      caseNumber\n      lawLabel\n      themeLabel\n      decisionType\n      outcomeLabel\n      confirmed\n      myReview {\n        systemError\n      }\n      reviews {\n        reviewerName\n        systemError\n      }\n    }\n  }\n": typeof types.PanelCasesDocument,
    "\n  fragment PanelFindingRowFields on PanelFindingRow {\n    key\n    label\n    reviewed\n    reviewedSuppressed\n    count\n    countSuppressed\n    share\n    lower\n    upper\n    fewCases\n  }\n": typeof types.PanelFindingRowFieldsFragmentDoc,
    "\n  query PanelFindings($sampleId: ID) {\n    panelFindings(sampleId: $sampleId) {\n      weighted\n      confirmed\n      confirmedSuppressed\n      total {\n        ...PanelFindingRowFields\n      }\n      byLaw {\n        ...PanelFindingRowFields\n      }\n      byTheme {\n        ...PanelFindingRowFields\n      }\n      byNorm {\n        ...PanelFindingRowFields\n      }\n      agreement {\n        pairs\n        observedAgreement\n        kappa\n      }\n    }\n  }\n": typeof types.PanelFindingsDocument,
    "\n  query PanelFrameOptions {\n    panelFrameOptions {\n      laws {\n        code\n        label\n      }\n      outcomes {\n        code\n        label\n      }\n      themes {\n        code\n        label\n      }\n    }\n  }\n": typeof types.PanelFrameOptionsDocument,
    "\n  query PanelFramePreview($frame: PanelFrameInput!, $stratifyBy: PanelStratifyBy, $margin: Float!) {\n    panelFramePreview(frame: $frame, stratifyBy: $stratifyBy, margin: $margin) {\n      frameCount\n      requiredSampleSize\n      strata {\n        stratum\n        label\n        drawn\n      }\n    }\n  }\n": typeof types.PanelFramePreviewDocument,
    "\n  query PanelMembers {\n    panelMembers {\n      id\n      displayName\n    }\n  }\n": typeof types.PanelMembersDocument,
    "\n  query PanelSample($id: ID!) {\n    panelSample(id: $id) {\n      id\n      title\n      seed\n      size\n      drawn\n      reviewed\n      frameCount\n      stratifyBy\n      allocation\n      reviewersPerCase\n      drawnByName\n      drawnAt\n      frame {\n        description\n      }\n      strata {\n        stratum\n        label\n        drawn\n        weight\n      }\n      members {\n        userId\n        displayName\n        assigned\n        reviewed\n      }\n    }\n  }\n": typeof types.PanelSampleDocument,
    "\n  query PanelSampleRedrawCheck($id: ID!) {\n    panelSampleRedrawCheck(id: $id) {\n      identical\n      frameCountNow\n      onlyInRedraw\n      onlyInStored\n    }\n  }\n": typeof types.PanelSampleRedrawCheckDocument,
    "\n  query PanelSamples {\n    panelSamples {\n      id\n      title\n      size\n      drawn\n      reviewed\n      reviewersPerCase\n      drawnByName\n      drawnAt\n      frame {\n        description\n      }\n    }\n  }\n": typeof types.PanelSamplesDocument,
    "\n  query PanelSignalFindings {\n    panelSignalFindings {\n      id\n      signalId\n      signalLabel\n      finding\n      createdByName\n      createdAt\n    }\n  }\n": typeof types.PanelSignalFindingsDocument,
    "\n  mutation SavePanelReview($input: SavePanelReviewInput!) {\n    savePanelReview(input: $input) {\n      systemError\n      normCodes\n      reasonable\n      reasonableExplanation\n      updatedAt\n    }\n  }\n": typeof types.SavePanelReviewDocument,
    "\n  query ImportProfileText($name: String!) {\n    importProfileText(name: $name) {\n      name\n      revision\n      yaml\n    }\n  }\n": typeof types.ImportProfileTextDocument,
    "\n  mutation SaveImportProfile($yaml: String!) {\n    saveImportProfile(yaml: $yaml) {\n      name\n      revision\n      changed\n      problems\n    }\n  }\n": typeof types.SaveImportProfileDocument,
    "\n  query ClientRates($input: ClientRatesInput!) {\n    clientRates(input: $input) {\n      year\n      byProvider {\n        code\n        label\n        clients\n        complaints\n        suppressed\n        ratePer1000\n        lower\n        upper\n      }\n    }\n  }\n": typeof types.ClientRatesDocument,
    "\n  query ProviderCompliance($query: ProviderComplianceQueryInput!) {\n    providerCompliance(query: $query) {\n      disclosureControl\n      halfYears {\n        periodStart\n        periodEnd\n        dueOn\n        completeness\n        required {\n          value\n          suppressed\n        }\n        onTime {\n          value\n          suppressed\n        }\n        late {\n          value\n          suppressed\n        }\n        missing {\n          value\n          suppressed\n        }\n        notYetDue {\n          value\n          suppressed\n        }\n        onTimePercentage {\n          value\n          suppressed\n        }\n      }\n      providers {\n        organisationCode\n        organisationName\n        municipalityCode\n        periodStart\n        dueOn\n        submittedOn\n        status\n        daysLate\n      }\n    }\n  }\n": typeof types.ProviderComplianceDocument,
    "\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      receivedOn\n      closedOn\n      kind\n      line\n      channel\n      complainantType\n      domainLabel\n      themeLabel\n      sourceOrganisation\n      subjectOrganisation\n      neighbourhoodCode\n      neighbourhoodName\n      outcome\n      subjectKeyShort\n      textRedacted\n    }\n  }\n": typeof types.CaseRecordDocument,
    "\n  query CaseRecords($filter: CaseRecordFilterInput, $page: PageInput) {\n    caseRecords(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      records {\n        id\n        receivedOn\n        closedOn\n        kind\n        domainLabel\n        themeLabel\n        sourceOrganisation\n        subjectOrganisation\n        outcome\n        highlight {\n          text\n          matched\n        }\n      }\n    }\n  }\n": typeof types.CaseRecordsDocument,
    "\n  mutation AddContract($input: AddContractInput!) {\n    addContract(input: $input)\n  }\n": typeof types.AddContractDocument,
    "\n  mutation EndContract($id: Int!, $endsOn: String!) {\n    endContract(id: $id, endsOn: $endsOn)\n  }\n": typeof types.EndContractDocument,
    "\n  mutation MergeOrganisations($from: String!, $into: String!) {\n    mergeOrganisations(from: $from, into: $into)\n  }\n": typeof types.MergeOrganisationsDocument,
    "\n  query ReferenceContracts {\n    referenceContracts {\n      id\n      municipalityCode\n      organisation\n      organisationName\n      domain\n      domainLabel\n      reference\n      startsOn\n      endsOn\n      halfYearReportRequired\n    }\n    referenceDomains {\n      code\n      label\n    }\n  }\n": typeof types.ReferenceContractsDocument,
    "\n  query ReferenceMunicipalities {\n    referenceMunicipalities {\n      code\n      name\n      region\n      inhabitants {\n        year\n        inhabitants\n      }\n    }\n  }\n": typeof types.ReferenceMunicipalitiesDocument,
    "\n  query ReferenceOrganisations {\n    referenceOrganisations {\n      code\n      name\n      kind\n      municipalityCode\n      aliases\n      activeFrom\n      activeTo\n    }\n  }\n": typeof types.ReferenceOrganisationsDocument,
    "\n  mutation SaveMunicipality($input: SaveMunicipalityInput!) {\n    saveMunicipality(input: $input)\n  }\n": typeof types.SaveMunicipalityDocument,
    "\n  mutation SaveOrganisation($input: SaveOrganisationInput!) {\n    saveOrganisation(input: $input)\n  }\n": typeof types.SaveOrganisationDocument,
    "\n  query RegionalComparison($query: RegionalComparisonInput!) {\n    regionalComparison(query: $query) {\n      region\n      from\n      to\n      protectedCounts\n      municipalities {\n        code\n        name\n      }\n      groups {\n        code\n        label\n        regionalRate\n        overdispersion\n        rows {\n          municipalityCode\n          municipalityName\n          own\n          inhabitants\n          complaints\n          suppressed\n          rate\n          position\n          limits {\n            lower95\n            upper95\n            lower998\n            upper998\n          }\n        }\n        curve {\n          inhabitants\n          lower95\n          upper95\n          lower998\n          upper998\n        }\n      }\n    }\n  }\n": typeof types.RegionalComparisonDocument,
    "\n  query RegionalParticipation {\n    regionalParticipation {\n      code\n      name\n      region\n      participates\n    }\n  }\n": typeof types.RegionalParticipationDocument,
    "\n  mutation SetRegionalParticipation($input: SetRegionalParticipationInput!) {\n    setRegionalParticipation(input: $input) {\n      code\n      participates\n    }\n  }\n": typeof types.SetRegionalParticipationDocument,
    "\n  query CompareReportSnapshots($first: ID!, $second: ID!) {\n    compareReportSnapshots(first: $first, second: $second) {\n      section\n      table\n      row\n      column\n      before\n      after\n    }\n  }\n": typeof types.CompareReportSnapshotsDocument,
    "\n  mutation FreezeReport($input: ReportInput!) {\n    freezeReport(input: $input) {\n      id\n      version\n      citation\n    }\n  }\n": typeof types.FreezeReportDocument,
    "\n  fragment ReportContent on Report {\n    periodStart\n    periodEnd\n    filters {\n      label\n      value\n    }\n    sections {\n      id\n      title\n      intro\n      text\n      tables {\n        caption\n        columns\n        summary\n        rows {\n          label\n          cells\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.ReportContentFragmentDoc,
    "\n  query ReportDocument($id: ID!) {\n    reportDocument(id: $id) {\n      id\n      format\n      status\n      progress\n      error\n      downloadUrl\n    }\n  }\n": typeof types.ReportDocumentDocument,
    "\n  query ReportPreview($input: ReportInput!) {\n    reportPreview(input: $input) {\n      title\n      ...ReportContent\n    }\n  }\n": typeof types.ReportPreviewDocument,
    "\n  query ReportSnapshot($id: ID!) {\n    reportSnapshot(id: $id) {\n      id\n      title\n      version\n      citation\n      dataAsOf\n      report {\n        ...ReportContent\n      }\n    }\n  }\n": typeof types.ReportSnapshotDocument,
    "\n  query ReportSnapshots {\n    reportSnapshots {\n      id\n      kind\n      title\n      periodStart\n      periodEnd\n      version\n      sha256\n      dataAsOf\n      createdAt\n      createdBy\n      citation\n    }\n  }\n": typeof types.ReportSnapshotsDocument,
    "\n  query ReportSubscriptions {\n    reportSubscriptions {\n      kind\n      email\n    }\n  }\n": typeof types.ReportSubscriptionsDocument,
    "\n  mutation RequestReportDocument($snapshotId: ID!, $format: DocumentFormat!) {\n    requestReportDocument(snapshotId: $snapshotId, format: $format) {\n      id\n      status\n      progress\n    }\n  }\n": typeof types.RequestReportDocumentDocument,
    "\n  mutation SubscribeToReports($kind: ReportKind!, $email: String!) {\n    subscribeToReports(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": typeof types.SubscribeToReportsDocument,
    "\n  mutation UnsubscribeFromReports($kind: ReportKind!) {\n    unsubscribeFromReports(kind: $kind)\n  }\n": typeof types.UnsubscribeFromReportsDocument,
    "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateSavedViewDocument,
    "\n  mutation DeleteSavedView($id: Int!) {\n    deleteSavedView(id: $id)\n  }\n": typeof types.DeleteSavedViewDocument,
    "\n  mutation ImportSavedViews($views: [CreateSavedViewInput!]!) {\n    importSavedViews(views: $views)\n  }\n": typeof types.ImportSavedViewsDocument,
    "\n  query SavedViews {\n    savedViews {\n      own {\n        id\n        name\n        path\n        search\n        shared\n      }\n      sharedWithMe {\n        id\n        name\n        path\n        search\n        ownerDisplayName\n      }\n    }\n  }\n": typeof types.SavedViewsDocument,
    "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      id\n      name\n      shared\n    }\n  }\n": typeof types.UpdateSavedViewDocument,
    "\n  query SignalEvidenceRecords($id: ID!, $limit: Int!) {\n    signal(id: $id) {\n      id\n      evidenceRecords(limit: $limit) {\n        recordId\n        recordType\n        kind\n        startedOn\n        endedOn\n        themeCode\n        sourceOrganisationCode\n        subjectOrganisationCode\n        subjectKeyShort\n        outcome\n        textRedacted\n      }\n    }\n  }\n": typeof types.SignalEvidenceRecordsDocument,
    "\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      ...SignalSummary\n      statusNote\n      statusChangedAt\n      firstSeenAt\n      organisations {\n        code\n        name\n      }\n      evidence {\n        name\n        value\n        suppressed\n        text\n        organisationCode\n        themeCode\n      }\n    }\n  }\n": typeof types.SignalDocument,
    "\n  query SignalRules {\n    signalRules {\n      code\n      label\n      description\n      enabled\n    }\n  }\n": typeof types.SignalRulesDocument,
    "\n  query SignalSubscription {\n    signalSubscription {\n      scope\n      email\n    }\n  }\n": typeof types.SignalSubscriptionDocument,
    "\n  fragment SignalSummary on Signal {\n    id\n    ruleCode\n    ruleLabel\n    scopeKey\n    themeLabel\n    domainLabel\n    organisationName\n    domainCode\n    law\n    periodStart\n    periodEnd\n    score\n    scoreSuppressed\n    severity\n    urgent\n    status\n    active\n  }\n": typeof types.SignalSummaryFragmentDoc,
    "\n  query Signals($filter: SignalFilterInput) {\n    signals(filter: $filter) {\n      ...SignalSummary\n    }\n  }\n": typeof types.SignalsDocument,
    "\n  mutation SubscribeToSignals($scope: SignalAlertScope!, $email: String!) {\n    subscribeToSignals(scope: $scope, email: $email) {\n      scope\n      email\n    }\n  }\n": typeof types.SubscribeToSignalsDocument,
    "\n  mutation UnsubscribeFromSignals {\n    unsubscribeFromSignals\n  }\n": typeof types.UnsubscribeFromSignalsDocument,
    "\n  mutation UpdateSignalStatus($id: ID!, $status: SignalStatus!, $note: String) {\n    updateSignalStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      statusNote\n      statusChangedAt\n    }\n  }\n": typeof types.UpdateSignalStatusDocument,
    "\n  query DataFreshness {\n    dataFreshness {\n      today\n      sources {\n        organisationCode\n        organisationName\n        kind\n        lastImportAt\n        latestBusinessDate\n        daysSinceLatestData\n        expectedWithinDays\n        stale\n        rows {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.DataFreshnessDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      fileName\n      profile\n      status\n      error\n      rowsRead\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      progress {\n        phase\n        percent\n        rowsRead\n        rowsRejected\n        rowsPerSecond\n      }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportProfiles {\n    importProfiles {\n      name\n      label\n      description\n      error\n      revision\n      target\n    }\n  }\n": typeof types.ImportProfilesDocument,
    "\n  query Imports($limit: Int!, $offset: Int!) {\n    imports(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        fileName\n        profile\n        status\n        createdAt\n        finishedAt\n        rowsRead\n        rowsInserted\n        rowsUpdated\n        rowsUnchanged\n        rowsRejected\n        error\n        warnings\n      }\n    }\n  }\n": typeof types.ImportsDocument,
    "\n  query RejectedRows($importId: ID!, $limit: Int!, $offset: Int!) {\n    rejectedRows(importId: $importId, limit: $limit, offset: $offset) {\n      importId\n      totalCount\n      rows {\n        id\n        rowNumber\n        columnName\n        value\n        reason\n      }\n    }\n  }\n": typeof types.RejectedRowsDocument,
    "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n": typeof types.HealthDocument,
    "\n  query TaxonomyThemes {\n    taxonomyThemes {\n      code\n      label\n      description\n      domainCode\n      domainLabel\n      parentCode\n      keywords\n      active\n    }\n  }\n": typeof types.TaxonomyThemesDocument,
    "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      code\n    }\n  }\n": typeof types.CreateThemeDocument,
    "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      code\n    }\n  }\n": typeof types.UpdateThemeDocument,
    "\n  mutation SetThemeActive($code: String!, $active: Boolean!) {\n    setThemeActive(code: $code, active: $active) {\n      code\n      active\n    }\n  }\n": typeof types.SetThemeActiveDocument,
    "\n  mutation ActivateThemeModel($version: Int!) {\n    activateThemeModel(version: $version)\n  }\n": typeof types.ActivateThemeModelDocument,
    "\n  mutation StartThemeModelTraining {\n    startThemeModelTraining {\n      phase\n    }\n  }\n": typeof types.StartThemeModelTrainingDocument,
    "\n  query ThemeModelTraining {\n    themeModelTraining {\n      phase\n      startedBy\n      startedAt\n      finishedAt\n      version\n      error\n    }\n  }\n": typeof types.ThemeModelTrainingDocument,
    "\n  query ThemeModels {\n    themeModels {\n      version\n      status\n      trainedAt\n      trainedBy\n      threshold\n      corpusTexts\n      sourceRecords\n      reviewDecisions\n      heldOut\n      comparedWithVersion\n      scores {\n        accuracy\n        coverage\n        precision\n      }\n      comparedScores {\n        accuracy\n        coverage\n        precision\n      }\n      activatedAt\n      activatedBy\n    }\n  }\n": typeof types.ThemeModelsDocument,
    "\n  mutation DecideThemeReview($input: DecideThemeReviewInput!) {\n    decideThemeReview(input: $input)\n  }\n": typeof types.DecideThemeReviewDocument,
    "\n  query ThemeReviewOptions {\n    themeReviewOptions {\n      code\n      label\n    }\n  }\n": typeof types.ThemeReviewOptionsDocument,
    "\n  query ThemeReviewQueue($limit: Int) {\n    themeReviewQueue(limit: $limit) {\n      totalCount\n      items {\n        recordId\n        receivedOn\n        domainLabel\n        textRedacted\n        reason\n        suggestedThemeCode\n        suggestedThemeLabel\n        confidence\n        ruleThemeLabel\n        evidence\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.ThemeReviewQueueDocument,
    "\n  query ThemeReviewWeeks {\n    themeReviewWeeks {\n      week\n      decided\n      agreement\n      sampled\n      sampleAccuracy\n    }\n  }\n": typeof types.ThemeReviewWeeksDocument,
    "\n  query Thermometer($period: String) {\n    thermometer(period: $period) {\n      disclosureControl\n      threshold\n      period {\n        quarter\n        comparisonQuarter\n        start\n        end\n        completeness\n        notDelivered\n      }\n      domains {\n        domain\n        label\n        colour\n        explanation\n        decidingIndicator\n        biggestChange {\n          indicator\n          label\n          explanation\n        }\n        indicators {\n          indicator\n          label\n          colour\n          reading\n          current\n          previous\n          amberFrom\n          redFrom\n          higherIsWorse\n          suppressed\n          explanation\n        }\n        trend {\n          quarter\n          start\n          count\n          ratePer1000\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.ThermometerDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  query ManagedUsers {\n    managedUsers {\n      id\n      username\n      displayName\n      role\n      municipalityCode\n      active\n      external\n    }\n  }\n": typeof types.ManagedUsersDocument,
    "\n  mutation ResetUserPassword($username: String!, $newPassword: String!) {\n    resetPassword(username: $username, newPassword: $newPassword)\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      municipalityCode\n      active\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query HandlingTimes($query: HandlingTimesQueryInput!) {\n    handlingTimes(query: $query) {\n      disclosureControl\n      openAsOf\n      norm {\n        code\n        label\n        legalBasis\n        termDays\n        committeeTermDays\n        dataNote\n      }\n      rows {\n        code\n        label\n        received {\n          value\n          suppressed\n        }\n        closed {\n          value\n          suppressed\n        }\n        medianDays {\n          value\n          suppressed\n        }\n        p90Days {\n          value\n          suppressed\n        }\n        withinTermPercentage {\n          value\n          suppressed\n        }\n        beyondTermPercentage {\n          value\n          suppressed\n        }\n        extendedPercentage {\n          value\n          suppressed\n        }\n        openBeyondTerm {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.HandlingTimesDocument,
    "\n  query Norms {\n    norms {\n      code\n      label\n      status\n      legalBasis\n      termDays\n      committeeTermDays\n      workingDays\n      computable\n      dataNote\n      extension {\n        maxDays\n        times\n      }\n    }\n  }\n": typeof types.NormsDocument,
    "\n  query WaitingTimeComplaints($query: IndicatorQueryInput!) {\n    waitingTimeComplaints(query: $query) {\n      disclosureControl\n      rows {\n        code\n        label\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n      totals {\n        period\n        complete\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.WaitingTimeComplaintsDocument,
};
const documents: Documents = {
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      info {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  query IndicatorApi {\n    indicatorApi {\n      basePath\n      indicators {\n        name\n        label\n        definition\n        additive\n        csvPath\n      }\n      indicatorColumns {\n        name\n        meaning\n      }\n      families {\n        name\n        label\n        definition\n        csvPath\n        breakdowns\n        filters\n        columns {\n          name\n          meaning\n        }\n      }\n      parameters {\n        param\n        label\n        definition\n        filter\n        breakdown\n      }\n      granularities {\n        param\n        label\n      }\n    }\n  }\n": types.IndicatorApiDocument,
    "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation RevokeApiToken($id: Int!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuthOptions {\n    authOptions {\n      oidc\n    }\n  }\n": types.AuthOptionsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query Chain($query: ChainQueryInput!) {\n    chain(query: $query) {\n      disclosureControl\n      windowDays\n      complaints {\n        value\n        suppressed\n      }\n      objections {\n        value\n        suppressed\n      }\n      escalationRate {\n        value\n        suppressed\n      }\n      stages {\n        code\n        label\n        count {\n          value\n          suppressed\n        }\n      }\n      transitions {\n        from\n        to\n        label\n        citizens {\n          value\n          suppressed\n        }\n        moved {\n          value\n          suppressed\n        }\n        movedPercentage {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.ChainDocument,
    "\n  query Metrics($query: MetricsQueryInput!) {\n    metrics(query: $query) {\n      disclosureControl\n      rows {\n        period\n        complete\n        dimensions {\n          dimension\n          code\n          label\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n      totals {\n        period\n        complete\n        comparable\n        coverage {\n          completeness\n          sourcesDelivered\n          sourcesExpected\n          notDelivered\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n    }\n  }\n": types.MetricsDocument,
    "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n    }\n  }\n": types.MunicipalitiesDocument,
    "\n  mutation AddHandlingNorm($input: SaveHandlingNormInput!) {\n    addHandlingNorm(input: $input)\n  }\n": types.AddHandlingNormDocument,
    "\n  mutation ChangeHandlingNorm($id: Int!, $input: SaveHandlingNormInput!) {\n    changeHandlingNorm(id: $id, input: $input)\n  }\n": types.ChangeHandlingNormDocument,
    "\n  mutation EndHandlingNorm($id: Int!, $validTo: String!) {\n    endHandlingNorm(id: $id, validTo: $validTo)\n  }\n": types.EndHandlingNormDocument,
    "\n  query HandlingNorms {\n    handlingNorms {\n      id\n      municipalityCode\n      source\n      sourceName\n      theme\n      themeLabel\n      kind\n      termAmount\n      termUnit\n      termDays\n      replacesNorm\n      validFrom\n      validTo\n      note\n    }\n    handlingNormThemes {\n      code\n      label\n    }\n    norms {\n      code\n      label\n    }\n  }\n": types.HandlingNormsDocument,
    "\n  mutation CreateMeasure($input: MeasureInput!) {\n    createMeasure(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateMeasureDocument,
    "\n  query MeasureEffect($id: ID!) {\n    measure(id: $id) {\n      id\n      title\n      themeLabel\n      effectiveOn\n      effect {\n        verdict\n        explanation\n        centreLine\n        afterRate\n        points {\n          period\n          after\n          count\n          rate\n          lowerLimit\n          upperLimit\n          beyondLimits\n        }\n      }\n      effectPerClients {\n        verdict\n        centreLine\n        afterRate\n      }\n    }\n  }\n": types.MeasureEffectDocument,
    "\n  query Measures($themeCode: String) {\n    measures(themeCode: $themeCode) {\n      id\n      title\n      description\n      themeCode\n      themeLabel\n      sourceKind\n      sourceRef\n      owner\n      decidedOn\n      effectiveOn\n      expectedEffect\n      status\n      recommendationStatus\n      pcReference\n    }\n  }\n": types.MeasuresDocument,
    "\n  query RecommendationFollowUp {\n    recommendationFollowUp {\n      sourceKind\n      total\n      followed\n      notFollowed\n      pending\n      followedShare\n      notFollowedShare\n      pendingShare\n      followedOfDecided\n    }\n  }\n": types.RecommendationFollowUpDocument,
    "\n  mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      id\n      status\n      recommendationStatus\n    }\n  }\n": types.UpdateMeasureDocument,
    "\n  query NeighbourhoodBoundarySets {\n    neighbourhoodBoundarySets {\n      municipalityCode\n      municipalityName\n      level\n      areas\n      withInhabitants\n      sourceFile\n      importedAt\n    }\n  }\n": types.NeighbourhoodBoundarySetsDocument,
    "\n  query NeighbourhoodMap($query: NeighbourhoodMapInput!) {\n    neighbourhoodMap(query: $query) {\n      measure\n      level\n      disclosureControl\n      areas {\n        code\n        name\n        geometry\n        inhabitants\n        count\n        rate\n        suppressed\n      }\n      unmapped {\n        code\n        label\n        count\n        suppressed\n      }\n    }\n  }\n": types.NeighbourhoodMapDocument,
    "\n  query Outcomes($query: OutcomesQueryInput!) {\n    outcomes(query: $query) {\n      disclosureControl\n      rows {\n        code\n        label\n        decided {\n          value\n          suppressed\n        }\n        gegrond {\n          value\n          suppressed\n        }\n        deelsGegrond {\n          value\n          suppressed\n        }\n        ongegrond {\n          value\n          suppressed\n        }\n        upholdRate {\n          value\n          suppressed\n        }\n        upholdRateLower {\n          value\n          suppressed\n        }\n        upholdRateUpper {\n          value\n          suppressed\n        }\n        recommendationsMade {\n          value\n          suppressed\n        }\n        recommendationsFollowed {\n          value\n          suppressed\n        }\n        recommendationsNotFollowed {\n          value\n          suppressed\n        }\n        recommendationFollowedRate {\n          value\n          suppressed\n        }\n        recommendationFollowedRateLower {\n          value\n          suppressed\n        }\n        recommendationFollowedRateUpper {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.OutcomesDocument,
    "\n  query UpheldMeasures($query: OutcomesQueryInput!) {\n    upheldComplaintMeasures(query: $query) {\n      disclosureControl\n      upheld {\n        value\n        suppressed\n      }\n      measures {\n        measure\n        count {\n          value\n          suppressed\n        }\n        share {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.UpheldMeasuresDocument,
    "\n  mutation AddPanelSignalFinding($signalId: ID!, $sampleId: ID, $finding: String!) {\n    addPanelSignalFinding(signalId: $signalId, sampleId: $sampleId, finding: $finding) {\n      id\n    }\n  }\n": types.AddPanelSignalFindingDocument,
    "\n  mutation AssignPanelMembers($sampleId: ID!, $userIds: [Int!]!) {\n    assignPanelMembers(sampleId: $sampleId, userIds: $userIds) {\n      id\n    }\n  }\n": types.AssignPanelMembersDocument,
    "\n  query ConductNorms {\n    conductNorms {\n      code\n      label\n      description\n      norms {\n        code\n        label\n        description\n      }\n    }\n  }\n": types.ConductNormsDocument,
    "\n  mutation ConfirmPanelSystemError($sampleId: ID!, $decisionId: ID!, $confirmed: Boolean!, $note: String) {\n    confirmPanelSystemError(\n      sampleId: $sampleId\n      decisionId: $decisionId\n      confirmed: $confirmed\n      note: $note\n    ) {\n      decisionId\n      confirmed\n      confirmationNote\n    }\n  }\n": types.ConfirmPanelSystemErrorDocument,
    "\n  mutation DrawPanelSample($input: DrawPanelSampleInput!) {\n    drawPanelSample(input: $input) {\n      id\n    }\n  }\n": types.DrawPanelSampleDocument,
    "\n  query PanelCase($sampleId: ID!, $decisionId: ID!) {\n    panelCase(sampleId: $sampleId, decisionId: $decisionId) {\n      sampleId\n      sampleTitle\n      decisionId\n      caseNumber\n      lawLabel\n      domainLabel\n      themeLabel\n      decisionType\n      primaryDecisionOn\n      objectionReceivedOn\n      decidedOn\n      advisoryCommittee\n      extended\n      termMet\n      outcomeLabel\n      summaryRedacted\n      confirmed\n      confirmationNote\n      myReview {\n        systemError\n        normCodes\n        reasonable\n        reasonableExplanation\n        updatedAt\n      }\n      reviews {\n        reviewerName\n        systemError\n        normCodes\n        reasonable\n        reasonableExplanation\n      }\n    }\n  }\n": types.PanelCaseDocument,
    "\n  query PanelCases($sampleId: ID) {\n    panelCases(sampleId: $sampleId) {\n      sampleId\n      sampleTitle\n      decisionId\n      caseNumber\n      lawLabel\n      themeLabel\n      decisionType\n      outcomeLabel\n      confirmed\n      myReview {\n        systemError\n      }\n      reviews {\n        reviewerName\n        systemError\n      }\n    }\n  }\n": types.PanelCasesDocument,
    "\n  fragment PanelFindingRowFields on PanelFindingRow {\n    key\n    label\n    reviewed\n    reviewedSuppressed\n    count\n    countSuppressed\n    share\n    lower\n    upper\n    fewCases\n  }\n": types.PanelFindingRowFieldsFragmentDoc,
    "\n  query PanelFindings($sampleId: ID) {\n    panelFindings(sampleId: $sampleId) {\n      weighted\n      confirmed\n      confirmedSuppressed\n      total {\n        ...PanelFindingRowFields\n      }\n      byLaw {\n        ...PanelFindingRowFields\n      }\n      byTheme {\n        ...PanelFindingRowFields\n      }\n      byNorm {\n        ...PanelFindingRowFields\n      }\n      agreement {\n        pairs\n        observedAgreement\n        kappa\n      }\n    }\n  }\n": types.PanelFindingsDocument,
    "\n  query PanelFrameOptions {\n    panelFrameOptions {\n      laws {\n        code\n        label\n      }\n      outcomes {\n        code\n        label\n      }\n      themes {\n        code\n        label\n      }\n    }\n  }\n": types.PanelFrameOptionsDocument,
    "\n  query PanelFramePreview($frame: PanelFrameInput!, $stratifyBy: PanelStratifyBy, $margin: Float!) {\n    panelFramePreview(frame: $frame, stratifyBy: $stratifyBy, margin: $margin) {\n      frameCount\n      requiredSampleSize\n      strata {\n        stratum\n        label\n        drawn\n      }\n    }\n  }\n": types.PanelFramePreviewDocument,
    "\n  query PanelMembers {\n    panelMembers {\n      id\n      displayName\n    }\n  }\n": types.PanelMembersDocument,
    "\n  query PanelSample($id: ID!) {\n    panelSample(id: $id) {\n      id\n      title\n      seed\n      size\n      drawn\n      reviewed\n      frameCount\n      stratifyBy\n      allocation\n      reviewersPerCase\n      drawnByName\n      drawnAt\n      frame {\n        description\n      }\n      strata {\n        stratum\n        label\n        drawn\n        weight\n      }\n      members {\n        userId\n        displayName\n        assigned\n        reviewed\n      }\n    }\n  }\n": types.PanelSampleDocument,
    "\n  query PanelSampleRedrawCheck($id: ID!) {\n    panelSampleRedrawCheck(id: $id) {\n      identical\n      frameCountNow\n      onlyInRedraw\n      onlyInStored\n    }\n  }\n": types.PanelSampleRedrawCheckDocument,
    "\n  query PanelSamples {\n    panelSamples {\n      id\n      title\n      size\n      drawn\n      reviewed\n      reviewersPerCase\n      drawnByName\n      drawnAt\n      frame {\n        description\n      }\n    }\n  }\n": types.PanelSamplesDocument,
    "\n  query PanelSignalFindings {\n    panelSignalFindings {\n      id\n      signalId\n      signalLabel\n      finding\n      createdByName\n      createdAt\n    }\n  }\n": types.PanelSignalFindingsDocument,
    "\n  mutation SavePanelReview($input: SavePanelReviewInput!) {\n    savePanelReview(input: $input) {\n      systemError\n      normCodes\n      reasonable\n      reasonableExplanation\n      updatedAt\n    }\n  }\n": types.SavePanelReviewDocument,
    "\n  query ImportProfileText($name: String!) {\n    importProfileText(name: $name) {\n      name\n      revision\n      yaml\n    }\n  }\n": types.ImportProfileTextDocument,
    "\n  mutation SaveImportProfile($yaml: String!) {\n    saveImportProfile(yaml: $yaml) {\n      name\n      revision\n      changed\n      problems\n    }\n  }\n": types.SaveImportProfileDocument,
    "\n  query ClientRates($input: ClientRatesInput!) {\n    clientRates(input: $input) {\n      year\n      byProvider {\n        code\n        label\n        clients\n        complaints\n        suppressed\n        ratePer1000\n        lower\n        upper\n      }\n    }\n  }\n": types.ClientRatesDocument,
    "\n  query ProviderCompliance($query: ProviderComplianceQueryInput!) {\n    providerCompliance(query: $query) {\n      disclosureControl\n      halfYears {\n        periodStart\n        periodEnd\n        dueOn\n        completeness\n        required {\n          value\n          suppressed\n        }\n        onTime {\n          value\n          suppressed\n        }\n        late {\n          value\n          suppressed\n        }\n        missing {\n          value\n          suppressed\n        }\n        notYetDue {\n          value\n          suppressed\n        }\n        onTimePercentage {\n          value\n          suppressed\n        }\n      }\n      providers {\n        organisationCode\n        organisationName\n        municipalityCode\n        periodStart\n        dueOn\n        submittedOn\n        status\n        daysLate\n      }\n    }\n  }\n": types.ProviderComplianceDocument,
    "\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      receivedOn\n      closedOn\n      kind\n      line\n      channel\n      complainantType\n      domainLabel\n      themeLabel\n      sourceOrganisation\n      subjectOrganisation\n      neighbourhoodCode\n      neighbourhoodName\n      outcome\n      subjectKeyShort\n      textRedacted\n    }\n  }\n": types.CaseRecordDocument,
    "\n  query CaseRecords($filter: CaseRecordFilterInput, $page: PageInput) {\n    caseRecords(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      records {\n        id\n        receivedOn\n        closedOn\n        kind\n        domainLabel\n        themeLabel\n        sourceOrganisation\n        subjectOrganisation\n        outcome\n        highlight {\n          text\n          matched\n        }\n      }\n    }\n  }\n": types.CaseRecordsDocument,
    "\n  mutation AddContract($input: AddContractInput!) {\n    addContract(input: $input)\n  }\n": types.AddContractDocument,
    "\n  mutation EndContract($id: Int!, $endsOn: String!) {\n    endContract(id: $id, endsOn: $endsOn)\n  }\n": types.EndContractDocument,
    "\n  mutation MergeOrganisations($from: String!, $into: String!) {\n    mergeOrganisations(from: $from, into: $into)\n  }\n": types.MergeOrganisationsDocument,
    "\n  query ReferenceContracts {\n    referenceContracts {\n      id\n      municipalityCode\n      organisation\n      organisationName\n      domain\n      domainLabel\n      reference\n      startsOn\n      endsOn\n      halfYearReportRequired\n    }\n    referenceDomains {\n      code\n      label\n    }\n  }\n": types.ReferenceContractsDocument,
    "\n  query ReferenceMunicipalities {\n    referenceMunicipalities {\n      code\n      name\n      region\n      inhabitants {\n        year\n        inhabitants\n      }\n    }\n  }\n": types.ReferenceMunicipalitiesDocument,
    "\n  query ReferenceOrganisations {\n    referenceOrganisations {\n      code\n      name\n      kind\n      municipalityCode\n      aliases\n      activeFrom\n      activeTo\n    }\n  }\n": types.ReferenceOrganisationsDocument,
    "\n  mutation SaveMunicipality($input: SaveMunicipalityInput!) {\n    saveMunicipality(input: $input)\n  }\n": types.SaveMunicipalityDocument,
    "\n  mutation SaveOrganisation($input: SaveOrganisationInput!) {\n    saveOrganisation(input: $input)\n  }\n": types.SaveOrganisationDocument,
    "\n  query RegionalComparison($query: RegionalComparisonInput!) {\n    regionalComparison(query: $query) {\n      region\n      from\n      to\n      protectedCounts\n      municipalities {\n        code\n        name\n      }\n      groups {\n        code\n        label\n        regionalRate\n        overdispersion\n        rows {\n          municipalityCode\n          municipalityName\n          own\n          inhabitants\n          complaints\n          suppressed\n          rate\n          position\n          limits {\n            lower95\n            upper95\n            lower998\n            upper998\n          }\n        }\n        curve {\n          inhabitants\n          lower95\n          upper95\n          lower998\n          upper998\n        }\n      }\n    }\n  }\n": types.RegionalComparisonDocument,
    "\n  query RegionalParticipation {\n    regionalParticipation {\n      code\n      name\n      region\n      participates\n    }\n  }\n": types.RegionalParticipationDocument,
    "\n  mutation SetRegionalParticipation($input: SetRegionalParticipationInput!) {\n    setRegionalParticipation(input: $input) {\n      code\n      participates\n    }\n  }\n": types.SetRegionalParticipationDocument,
    "\n  query CompareReportSnapshots($first: ID!, $second: ID!) {\n    compareReportSnapshots(first: $first, second: $second) {\n      section\n      table\n      row\n      column\n      before\n      after\n    }\n  }\n": types.CompareReportSnapshotsDocument,
    "\n  mutation FreezeReport($input: ReportInput!) {\n    freezeReport(input: $input) {\n      id\n      version\n      citation\n    }\n  }\n": types.FreezeReportDocument,
    "\n  fragment ReportContent on Report {\n    periodStart\n    periodEnd\n    filters {\n      label\n      value\n    }\n    sections {\n      id\n      title\n      intro\n      text\n      tables {\n        caption\n        columns\n        summary\n        rows {\n          label\n          cells\n          suppressed\n        }\n      }\n    }\n  }\n": types.ReportContentFragmentDoc,
    "\n  query ReportDocument($id: ID!) {\n    reportDocument(id: $id) {\n      id\n      format\n      status\n      progress\n      error\n      downloadUrl\n    }\n  }\n": types.ReportDocumentDocument,
    "\n  query ReportPreview($input: ReportInput!) {\n    reportPreview(input: $input) {\n      title\n      ...ReportContent\n    }\n  }\n": types.ReportPreviewDocument,
    "\n  query ReportSnapshot($id: ID!) {\n    reportSnapshot(id: $id) {\n      id\n      title\n      version\n      citation\n      dataAsOf\n      report {\n        ...ReportContent\n      }\n    }\n  }\n": types.ReportSnapshotDocument,
    "\n  query ReportSnapshots {\n    reportSnapshots {\n      id\n      kind\n      title\n      periodStart\n      periodEnd\n      version\n      sha256\n      dataAsOf\n      createdAt\n      createdBy\n      citation\n    }\n  }\n": types.ReportSnapshotsDocument,
    "\n  query ReportSubscriptions {\n    reportSubscriptions {\n      kind\n      email\n    }\n  }\n": types.ReportSubscriptionsDocument,
    "\n  mutation RequestReportDocument($snapshotId: ID!, $format: DocumentFormat!) {\n    requestReportDocument(snapshotId: $snapshotId, format: $format) {\n      id\n      status\n      progress\n    }\n  }\n": types.RequestReportDocumentDocument,
    "\n  mutation SubscribeToReports($kind: ReportKind!, $email: String!) {\n    subscribeToReports(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": types.SubscribeToReportsDocument,
    "\n  mutation UnsubscribeFromReports($kind: ReportKind!) {\n    unsubscribeFromReports(kind: $kind)\n  }\n": types.UnsubscribeFromReportsDocument,
    "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateSavedViewDocument,
    "\n  mutation DeleteSavedView($id: Int!) {\n    deleteSavedView(id: $id)\n  }\n": types.DeleteSavedViewDocument,
    "\n  mutation ImportSavedViews($views: [CreateSavedViewInput!]!) {\n    importSavedViews(views: $views)\n  }\n": types.ImportSavedViewsDocument,
    "\n  query SavedViews {\n    savedViews {\n      own {\n        id\n        name\n        path\n        search\n        shared\n      }\n      sharedWithMe {\n        id\n        name\n        path\n        search\n        ownerDisplayName\n      }\n    }\n  }\n": types.SavedViewsDocument,
    "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      id\n      name\n      shared\n    }\n  }\n": types.UpdateSavedViewDocument,
    "\n  query SignalEvidenceRecords($id: ID!, $limit: Int!) {\n    signal(id: $id) {\n      id\n      evidenceRecords(limit: $limit) {\n        recordId\n        recordType\n        kind\n        startedOn\n        endedOn\n        themeCode\n        sourceOrganisationCode\n        subjectOrganisationCode\n        subjectKeyShort\n        outcome\n        textRedacted\n      }\n    }\n  }\n": types.SignalEvidenceRecordsDocument,
    "\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      ...SignalSummary\n      statusNote\n      statusChangedAt\n      firstSeenAt\n      organisations {\n        code\n        name\n      }\n      evidence {\n        name\n        value\n        suppressed\n        text\n        organisationCode\n        themeCode\n      }\n    }\n  }\n": types.SignalDocument,
    "\n  query SignalRules {\n    signalRules {\n      code\n      label\n      description\n      enabled\n    }\n  }\n": types.SignalRulesDocument,
    "\n  query SignalSubscription {\n    signalSubscription {\n      scope\n      email\n    }\n  }\n": types.SignalSubscriptionDocument,
    "\n  fragment SignalSummary on Signal {\n    id\n    ruleCode\n    ruleLabel\n    scopeKey\n    themeLabel\n    domainLabel\n    organisationName\n    domainCode\n    law\n    periodStart\n    periodEnd\n    score\n    scoreSuppressed\n    severity\n    urgent\n    status\n    active\n  }\n": types.SignalSummaryFragmentDoc,
    "\n  query Signals($filter: SignalFilterInput) {\n    signals(filter: $filter) {\n      ...SignalSummary\n    }\n  }\n": types.SignalsDocument,
    "\n  mutation SubscribeToSignals($scope: SignalAlertScope!, $email: String!) {\n    subscribeToSignals(scope: $scope, email: $email) {\n      scope\n      email\n    }\n  }\n": types.SubscribeToSignalsDocument,
    "\n  mutation UnsubscribeFromSignals {\n    unsubscribeFromSignals\n  }\n": types.UnsubscribeFromSignalsDocument,
    "\n  mutation UpdateSignalStatus($id: ID!, $status: SignalStatus!, $note: String) {\n    updateSignalStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      statusNote\n      statusChangedAt\n    }\n  }\n": types.UpdateSignalStatusDocument,
    "\n  query DataFreshness {\n    dataFreshness {\n      today\n      sources {\n        organisationCode\n        organisationName\n        kind\n        lastImportAt\n        latestBusinessDate\n        daysSinceLatestData\n        expectedWithinDays\n        stale\n        rows {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.DataFreshnessDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      fileName\n      profile\n      status\n      error\n      rowsRead\n      rowsInserted\n      rowsUpdated\n      rowsUnchanged\n      rowsRejected\n      progress {\n        phase\n        percent\n        rowsRead\n        rowsRejected\n        rowsPerSecond\n      }\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportProfiles {\n    importProfiles {\n      name\n      label\n      description\n      error\n      revision\n      target\n    }\n  }\n": types.ImportProfilesDocument,
    "\n  query Imports($limit: Int!, $offset: Int!) {\n    imports(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        fileName\n        profile\n        status\n        createdAt\n        finishedAt\n        rowsRead\n        rowsInserted\n        rowsUpdated\n        rowsUnchanged\n        rowsRejected\n        error\n        warnings\n      }\n    }\n  }\n": types.ImportsDocument,
    "\n  query RejectedRows($importId: ID!, $limit: Int!, $offset: Int!) {\n    rejectedRows(importId: $importId, limit: $limit, offset: $offset) {\n      importId\n      totalCount\n      rows {\n        id\n        rowNumber\n        columnName\n        value\n        reason\n      }\n    }\n  }\n": types.RejectedRowsDocument,
    "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n": types.HealthDocument,
    "\n  query TaxonomyThemes {\n    taxonomyThemes {\n      code\n      label\n      description\n      domainCode\n      domainLabel\n      parentCode\n      keywords\n      active\n    }\n  }\n": types.TaxonomyThemesDocument,
    "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      code\n    }\n  }\n": types.CreateThemeDocument,
    "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      code\n    }\n  }\n": types.UpdateThemeDocument,
    "\n  mutation SetThemeActive($code: String!, $active: Boolean!) {\n    setThemeActive(code: $code, active: $active) {\n      code\n      active\n    }\n  }\n": types.SetThemeActiveDocument,
    "\n  mutation ActivateThemeModel($version: Int!) {\n    activateThemeModel(version: $version)\n  }\n": types.ActivateThemeModelDocument,
    "\n  mutation StartThemeModelTraining {\n    startThemeModelTraining {\n      phase\n    }\n  }\n": types.StartThemeModelTrainingDocument,
    "\n  query ThemeModelTraining {\n    themeModelTraining {\n      phase\n      startedBy\n      startedAt\n      finishedAt\n      version\n      error\n    }\n  }\n": types.ThemeModelTrainingDocument,
    "\n  query ThemeModels {\n    themeModels {\n      version\n      status\n      trainedAt\n      trainedBy\n      threshold\n      corpusTexts\n      sourceRecords\n      reviewDecisions\n      heldOut\n      comparedWithVersion\n      scores {\n        accuracy\n        coverage\n        precision\n      }\n      comparedScores {\n        accuracy\n        coverage\n        precision\n      }\n      activatedAt\n      activatedBy\n    }\n  }\n": types.ThemeModelsDocument,
    "\n  mutation DecideThemeReview($input: DecideThemeReviewInput!) {\n    decideThemeReview(input: $input)\n  }\n": types.DecideThemeReviewDocument,
    "\n  query ThemeReviewOptions {\n    themeReviewOptions {\n      code\n      label\n    }\n  }\n": types.ThemeReviewOptionsDocument,
    "\n  query ThemeReviewQueue($limit: Int) {\n    themeReviewQueue(limit: $limit) {\n      totalCount\n      items {\n        recordId\n        receivedOn\n        domainLabel\n        textRedacted\n        reason\n        suggestedThemeCode\n        suggestedThemeLabel\n        confidence\n        ruleThemeLabel\n        evidence\n        highlights {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.ThemeReviewQueueDocument,
    "\n  query ThemeReviewWeeks {\n    themeReviewWeeks {\n      week\n      decided\n      agreement\n      sampled\n      sampleAccuracy\n    }\n  }\n": types.ThemeReviewWeeksDocument,
    "\n  query Thermometer($period: String) {\n    thermometer(period: $period) {\n      disclosureControl\n      threshold\n      period {\n        quarter\n        comparisonQuarter\n        start\n        end\n        completeness\n        notDelivered\n      }\n      domains {\n        domain\n        label\n        colour\n        explanation\n        decidingIndicator\n        biggestChange {\n          indicator\n          label\n          explanation\n        }\n        indicators {\n          indicator\n          label\n          colour\n          reading\n          current\n          previous\n          amberFrom\n          redFrom\n          higherIsWorse\n          suppressed\n          explanation\n        }\n        trend {\n          quarter\n          start\n          count\n          ratePer1000\n          suppressed\n        }\n      }\n    }\n  }\n": types.ThermometerDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": types.CreateUserDocument,
    "\n  query ManagedUsers {\n    managedUsers {\n      id\n      username\n      displayName\n      role\n      municipalityCode\n      active\n      external\n    }\n  }\n": types.ManagedUsersDocument,
    "\n  mutation ResetUserPassword($username: String!, $newPassword: String!) {\n    resetPassword(username: $username, newPassword: $newPassword)\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      municipalityCode\n      active\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query HandlingTimes($query: HandlingTimesQueryInput!) {\n    handlingTimes(query: $query) {\n      disclosureControl\n      openAsOf\n      norm {\n        code\n        label\n        legalBasis\n        termDays\n        committeeTermDays\n        dataNote\n      }\n      rows {\n        code\n        label\n        received {\n          value\n          suppressed\n        }\n        closed {\n          value\n          suppressed\n        }\n        medianDays {\n          value\n          suppressed\n        }\n        p90Days {\n          value\n          suppressed\n        }\n        withinTermPercentage {\n          value\n          suppressed\n        }\n        beyondTermPercentage {\n          value\n          suppressed\n        }\n        extendedPercentage {\n          value\n          suppressed\n        }\n        openBeyondTerm {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.HandlingTimesDocument,
    "\n  query Norms {\n    norms {\n      code\n      label\n      status\n      legalBasis\n      termDays\n      committeeTermDays\n      workingDays\n      computable\n      dataNote\n      extension {\n        maxDays\n        times\n      }\n    }\n  }\n": types.NormsDocument,
    "\n  query WaitingTimeComplaints($query: IndicatorQueryInput!) {\n    waitingTimeComplaints(query: $query) {\n      disclosureControl\n      rows {\n        code\n        label\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n      totals {\n        period\n        complete\n        complaints {\n          value\n          suppressed\n        }\n        waitingTime {\n          value\n          suppressed\n        }\n        waitingTimeShare {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n": types.WaitingTimeComplaintsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      info {\n        id\n        name\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorApi {\n    indicatorApi {\n      basePath\n      indicators {\n        name\n        label\n        definition\n        additive\n        csvPath\n      }\n      indicatorColumns {\n        name\n        meaning\n      }\n      families {\n        name\n        label\n        definition\n        csvPath\n        breakdowns\n        filters\n        columns {\n          name\n          meaning\n        }\n      }\n      parameters {\n        param\n        label\n        definition\n        filter\n        breakdown\n      }\n      granularities {\n        param\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorApiDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      id\n      name\n      prefix\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').MyApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: Int!) {\n    revokeApiToken(id: $id)\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthOptions {\n    authOptions {\n      oidc\n    }\n  }\n"): typeof import('./graphql').AuthOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
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
export function graphql(source: "\n  query Metrics($query: MetricsQueryInput!) {\n    metrics(query: $query) {\n      disclosureControl\n      rows {\n        period\n        complete\n        dimensions {\n          dimension\n          code\n          label\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n      totals {\n        period\n        complete\n        comparable\n        coverage {\n          completeness\n          sourcesDelivered\n          sourcesExpected\n          notDelivered\n        }\n        values {\n          measure\n          value\n          suppressed\n          previousValue\n          previousSuppressed\n          change\n          changePercentage\n          changePercentagePoints\n          smallNumbers\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Municipalities {\n    municipalities {\n      code\n      name\n      region\n    }\n  }\n"): typeof import('./graphql').MunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHandlingNorm($input: SaveHandlingNormInput!) {\n    addHandlingNorm(input: $input)\n  }\n"): typeof import('./graphql').AddHandlingNormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeHandlingNorm($id: Int!, $input: SaveHandlingNormInput!) {\n    changeHandlingNorm(id: $id, input: $input)\n  }\n"): typeof import('./graphql').ChangeHandlingNormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndHandlingNorm($id: Int!, $validTo: String!) {\n    endHandlingNorm(id: $id, validTo: $validTo)\n  }\n"): typeof import('./graphql').EndHandlingNormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandlingNorms {\n    handlingNorms {\n      id\n      municipalityCode\n      source\n      sourceName\n      theme\n      themeLabel\n      kind\n      termAmount\n      termUnit\n      termDays\n      replacesNorm\n      validFrom\n      validTo\n      note\n    }\n    handlingNormThemes {\n      code\n      label\n    }\n    norms {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').HandlingNormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeasure($input: MeasureInput!) {\n    createMeasure(input: $input) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql').CreateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureEffect($id: ID!) {\n    measure(id: $id) {\n      id\n      title\n      themeLabel\n      effectiveOn\n      effect {\n        verdict\n        explanation\n        centreLine\n        afterRate\n        points {\n          period\n          after\n          count\n          rate\n          lowerLimit\n          upperLimit\n          beyondLimits\n        }\n      }\n      effectPerClients {\n        verdict\n        centreLine\n        afterRate\n      }\n    }\n  }\n"): typeof import('./graphql').MeasureEffectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measures($themeCode: String) {\n    measures(themeCode: $themeCode) {\n      id\n      title\n      description\n      themeCode\n      themeLabel\n      sourceKind\n      sourceRef\n      owner\n      decidedOn\n      effectiveOn\n      expectedEffect\n      status\n      recommendationStatus\n      pcReference\n    }\n  }\n"): typeof import('./graphql').MeasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationFollowUp {\n    recommendationFollowUp {\n      sourceKind\n      total\n      followed\n      notFollowed\n      pending\n      followedShare\n      notFollowedShare\n      pendingShare\n      followedOfDecided\n    }\n  }\n"): typeof import('./graphql').RecommendationFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      id\n      status\n      recommendationStatus\n    }\n  }\n"): typeof import('./graphql').UpdateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodBoundarySets {\n    neighbourhoodBoundarySets {\n      municipalityCode\n      municipalityName\n      level\n      areas\n      withInhabitants\n      sourceFile\n      importedAt\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodBoundarySetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodMap($query: NeighbourhoodMapInput!) {\n    neighbourhoodMap(query: $query) {\n      measure\n      level\n      disclosureControl\n      areas {\n        code\n        name\n        geometry\n        inhabitants\n        count\n        rate\n        suppressed\n      }\n      unmapped {\n        code\n        label\n        count\n        suppressed\n      }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outcomes($query: OutcomesQueryInput!) {\n    outcomes(query: $query) {\n      disclosureControl\n      rows {\n        code\n        label\n        decided {\n          value\n          suppressed\n        }\n        gegrond {\n          value\n          suppressed\n        }\n        deelsGegrond {\n          value\n          suppressed\n        }\n        ongegrond {\n          value\n          suppressed\n        }\n        upholdRate {\n          value\n          suppressed\n        }\n        upholdRateLower {\n          value\n          suppressed\n        }\n        upholdRateUpper {\n          value\n          suppressed\n        }\n        recommendationsMade {\n          value\n          suppressed\n        }\n        recommendationsFollowed {\n          value\n          suppressed\n        }\n        recommendationsNotFollowed {\n          value\n          suppressed\n        }\n        recommendationFollowedRate {\n          value\n          suppressed\n        }\n        recommendationFollowedRateLower {\n          value\n          suppressed\n        }\n        recommendationFollowedRateUpper {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OutcomesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpheldMeasures($query: OutcomesQueryInput!) {\n    upheldComplaintMeasures(query: $query) {\n      disclosureControl\n      upheld {\n        value\n        suppressed\n      }\n      measures {\n        measure\n        count {\n          value\n          suppressed\n        }\n        share {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UpheldMeasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPanelSignalFinding($signalId: ID!, $sampleId: ID, $finding: String!) {\n    addPanelSignalFinding(signalId: $signalId, sampleId: $sampleId, finding: $finding) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddPanelSignalFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignPanelMembers($sampleId: ID!, $userIds: [Int!]!) {\n    assignPanelMembers(sampleId: $sampleId, userIds: $userIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').AssignPanelMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConductNorms {\n    conductNorms {\n      code\n      label\n      description\n      norms {\n        code\n        label\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').ConductNormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPanelSystemError($sampleId: ID!, $decisionId: ID!, $confirmed: Boolean!, $note: String) {\n    confirmPanelSystemError(\n      sampleId: $sampleId\n      decisionId: $decisionId\n      confirmed: $confirmed\n      note: $note\n    ) {\n      decisionId\n      confirmed\n      confirmationNote\n    }\n  }\n"): typeof import('./graphql').ConfirmPanelSystemErrorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawPanelSample($input: DrawPanelSampleInput!) {\n    drawPanelSample(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DrawPanelSampleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelCase($sampleId: ID!, $decisionId: ID!) {\n    panelCase(sampleId: $sampleId, decisionId: $decisionId) {\n      sampleId\n      sampleTitle\n      decisionId\n      caseNumber\n      lawLabel\n      domainLabel\n      themeLabel\n      decisionType\n      primaryDecisionOn\n      objectionReceivedOn\n      decidedOn\n      advisoryCommittee\n      extended\n      termMet\n      outcomeLabel\n      summaryRedacted\n      confirmed\n      confirmationNote\n      myReview {\n        systemError\n        normCodes\n        reasonable\n        reasonableExplanation\n        updatedAt\n      }\n      reviews {\n        reviewerName\n        systemError\n        normCodes\n        reasonable\n        reasonableExplanation\n      }\n    }\n  }\n"): typeof import('./graphql').PanelCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelCases($sampleId: ID) {\n    panelCases(sampleId: $sampleId) {\n      sampleId\n      sampleTitle\n      decisionId\n      caseNumber\n      lawLabel\n      themeLabel\n      decisionType\n      outcomeLabel\n      confirmed\n      myReview {\n        systemError\n      }\n      reviews {\n        reviewerName\n        systemError\n      }\n    }\n  }\n"): typeof import('./graphql').PanelCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PanelFindingRowFields on PanelFindingRow {\n    key\n    label\n    reviewed\n    reviewedSuppressed\n    count\n    countSuppressed\n    share\n    lower\n    upper\n    fewCases\n  }\n"): typeof import('./graphql').PanelFindingRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelFindings($sampleId: ID) {\n    panelFindings(sampleId: $sampleId) {\n      weighted\n      confirmed\n      confirmedSuppressed\n      total {\n        ...PanelFindingRowFields\n      }\n      byLaw {\n        ...PanelFindingRowFields\n      }\n      byTheme {\n        ...PanelFindingRowFields\n      }\n      byNorm {\n        ...PanelFindingRowFields\n      }\n      agreement {\n        pairs\n        observedAgreement\n        kappa\n      }\n    }\n  }\n"): typeof import('./graphql').PanelFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelFrameOptions {\n    panelFrameOptions {\n      laws {\n        code\n        label\n      }\n      outcomes {\n        code\n        label\n      }\n      themes {\n        code\n        label\n      }\n    }\n  }\n"): typeof import('./graphql').PanelFrameOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelFramePreview($frame: PanelFrameInput!, $stratifyBy: PanelStratifyBy, $margin: Float!) {\n    panelFramePreview(frame: $frame, stratifyBy: $stratifyBy, margin: $margin) {\n      frameCount\n      requiredSampleSize\n      strata {\n        stratum\n        label\n        drawn\n      }\n    }\n  }\n"): typeof import('./graphql').PanelFramePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelMembers {\n    panelMembers {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').PanelMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelSample($id: ID!) {\n    panelSample(id: $id) {\n      id\n      title\n      seed\n      size\n      drawn\n      reviewed\n      frameCount\n      stratifyBy\n      allocation\n      reviewersPerCase\n      drawnByName\n      drawnAt\n      frame {\n        description\n      }\n      strata {\n        stratum\n        label\n        drawn\n        weight\n      }\n      members {\n        userId\n        displayName\n        assigned\n        reviewed\n      }\n    }\n  }\n"): typeof import('./graphql').PanelSampleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelSampleRedrawCheck($id: ID!) {\n    panelSampleRedrawCheck(id: $id) {\n      identical\n      frameCountNow\n      onlyInRedraw\n      onlyInStored\n    }\n  }\n"): typeof import('./graphql').PanelSampleRedrawCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelSamples {\n    panelSamples {\n      id\n      title\n      size\n      drawn\n      reviewed\n      reviewersPerCase\n      drawnByName\n      drawnAt\n      frame {\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').PanelSamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelSignalFindings {\n    panelSignalFindings {\n      id\n      signalId\n      signalLabel\n      finding\n      createdByName\n      createdAt\n    }\n  }\n"): typeof import('./graphql').PanelSignalFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePanelReview($input: SavePanelReviewInput!) {\n    savePanelReview(input: $input) {\n      systemError\n      normCodes\n      reasonable\n      reasonableExplanation\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SavePanelReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProfileText($name: String!) {\n    importProfileText(name: $name) {\n      name\n      revision\n      yaml\n    }\n  }\n"): typeof import('./graphql').ImportProfileTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveImportProfile($yaml: String!) {\n    saveImportProfile(yaml: $yaml) {\n      name\n      revision\n      changed\n      problems\n    }\n  }\n"): typeof import('./graphql').SaveImportProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientRates($input: ClientRatesInput!) {\n    clientRates(input: $input) {\n      year\n      byProvider {\n        code\n        label\n        clients\n        complaints\n        suppressed\n        ratePer1000\n        lower\n        upper\n      }\n    }\n  }\n"): typeof import('./graphql').ClientRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderCompliance($query: ProviderComplianceQueryInput!) {\n    providerCompliance(query: $query) {\n      disclosureControl\n      halfYears {\n        periodStart\n        periodEnd\n        dueOn\n        completeness\n        required {\n          value\n          suppressed\n        }\n        onTime {\n          value\n          suppressed\n        }\n        late {\n          value\n          suppressed\n        }\n        missing {\n          value\n          suppressed\n        }\n        notYetDue {\n          value\n          suppressed\n        }\n        onTimePercentage {\n          value\n          suppressed\n        }\n      }\n      providers {\n        organisationCode\n        organisationName\n        municipalityCode\n        periodStart\n        dueOn\n        submittedOn\n        status\n        daysLate\n      }\n    }\n  }\n"): typeof import('./graphql').ProviderComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      receivedOn\n      closedOn\n      kind\n      line\n      channel\n      complainantType\n      domainLabel\n      themeLabel\n      sourceOrganisation\n      subjectOrganisation\n      neighbourhoodCode\n      neighbourhoodName\n      outcome\n      subjectKeyShort\n      textRedacted\n    }\n  }\n"): typeof import('./graphql').CaseRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRecords($filter: CaseRecordFilterInput, $page: PageInput) {\n    caseRecords(filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      records {\n        id\n        receivedOn\n        closedOn\n        kind\n        domainLabel\n        themeLabel\n        sourceOrganisation\n        subjectOrganisation\n        outcome\n        highlight {\n          text\n          matched\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContract($input: AddContractInput!) {\n    addContract(input: $input)\n  }\n"): typeof import('./graphql').AddContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndContract($id: Int!, $endsOn: String!) {\n    endContract(id: $id, endsOn: $endsOn)\n  }\n"): typeof import('./graphql').EndContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOrganisations($from: String!, $into: String!) {\n    mergeOrganisations(from: $from, into: $into)\n  }\n"): typeof import('./graphql').MergeOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceContracts {\n    referenceContracts {\n      id\n      municipalityCode\n      organisation\n      organisationName\n      domain\n      domainLabel\n      reference\n      startsOn\n      endsOn\n      halfYearReportRequired\n    }\n    referenceDomains {\n      code\n      label\n    }\n  }\n"): typeof import('./graphql').ReferenceContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceMunicipalities {\n    referenceMunicipalities {\n      code\n      name\n      region\n      inhabitants {\n        year\n        inhabitants\n      }\n    }\n  }\n"): typeof import('./graphql').ReferenceMunicipalitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceOrganisations {\n    referenceOrganisations {\n      code\n      name\n      kind\n      municipalityCode\n      aliases\n      activeFrom\n      activeTo\n    }\n  }\n"): typeof import('./graphql').ReferenceOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMunicipality($input: SaveMunicipalityInput!) {\n    saveMunicipality(input: $input)\n  }\n"): typeof import('./graphql').SaveMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveOrganisation($input: SaveOrganisationInput!) {\n    saveOrganisation(input: $input)\n  }\n"): typeof import('./graphql').SaveOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionalComparison($query: RegionalComparisonInput!) {\n    regionalComparison(query: $query) {\n      region\n      from\n      to\n      protectedCounts\n      municipalities {\n        code\n        name\n      }\n      groups {\n        code\n        label\n        regionalRate\n        overdispersion\n        rows {\n          municipalityCode\n          municipalityName\n          own\n          inhabitants\n          complaints\n          suppressed\n          rate\n          position\n          limits {\n            lower95\n            upper95\n            lower998\n            upper998\n          }\n        }\n        curve {\n          inhabitants\n          lower95\n          upper95\n          lower998\n          upper998\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegionalComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionalParticipation {\n    regionalParticipation {\n      code\n      name\n      region\n      participates\n    }\n  }\n"): typeof import('./graphql').RegionalParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRegionalParticipation($input: SetRegionalParticipationInput!) {\n    setRegionalParticipation(input: $input) {\n      code\n      participates\n    }\n  }\n"): typeof import('./graphql').SetRegionalParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareReportSnapshots($first: ID!, $second: ID!) {\n    compareReportSnapshots(first: $first, second: $second) {\n      section\n      table\n      row\n      column\n      before\n      after\n    }\n  }\n"): typeof import('./graphql').CompareReportSnapshotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreezeReport($input: ReportInput!) {\n    freezeReport(input: $input) {\n      id\n      version\n      citation\n    }\n  }\n"): typeof import('./graphql').FreezeReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportContent on Report {\n    periodStart\n    periodEnd\n    filters {\n      label\n      value\n    }\n    sections {\n      id\n      title\n      intro\n      text\n      tables {\n        caption\n        columns\n        summary\n        rows {\n          label\n          cells\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReportContentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDocument($id: ID!) {\n    reportDocument(id: $id) {\n      id\n      format\n      status\n      progress\n      error\n      downloadUrl\n    }\n  }\n"): typeof import('./graphql').ReportDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPreview($input: ReportInput!) {\n    reportPreview(input: $input) {\n      title\n      ...ReportContent\n    }\n  }\n"): typeof import('./graphql').ReportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSnapshot($id: ID!) {\n    reportSnapshot(id: $id) {\n      id\n      title\n      version\n      citation\n      dataAsOf\n      report {\n        ...ReportContent\n      }\n    }\n  }\n"): typeof import('./graphql').ReportSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSnapshots {\n    reportSnapshots {\n      id\n      kind\n      title\n      periodStart\n      periodEnd\n      version\n      sha256\n      dataAsOf\n      createdAt\n      createdBy\n      citation\n    }\n  }\n"): typeof import('./graphql').ReportSnapshotsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportSubscriptions {\n    reportSubscriptions {\n      kind\n      email\n    }\n  }\n"): typeof import('./graphql').ReportSubscriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReportDocument($snapshotId: ID!, $format: DocumentFormat!) {\n    requestReportDocument(snapshotId: $snapshotId, format: $format) {\n      id\n      status\n      progress\n    }\n  }\n"): typeof import('./graphql').RequestReportDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToReports($kind: ReportKind!, $email: String!) {\n    subscribeToReports(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n"): typeof import('./graphql').SubscribeToReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromReports($kind: ReportKind!) {\n    unsubscribeFromReports(kind: $kind)\n  }\n"): typeof import('./graphql').UnsubscribeFromReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSavedView($input: CreateSavedViewInput!) {\n    createSavedView(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedView($id: Int!) {\n    deleteSavedView(id: $id)\n  }\n"): typeof import('./graphql').DeleteSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSavedViews($views: [CreateSavedViewInput!]!) {\n    importSavedViews(views: $views)\n  }\n"): typeof import('./graphql').ImportSavedViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedViews {\n    savedViews {\n      own {\n        id\n        name\n        path\n        search\n        shared\n      }\n      sharedWithMe {\n        id\n        name\n        path\n        search\n        ownerDisplayName\n      }\n    }\n  }\n"): typeof import('./graphql').SavedViewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSavedView($input: UpdateSavedViewInput!) {\n    updateSavedView(input: $input) {\n      id\n      name\n      shared\n    }\n  }\n"): typeof import('./graphql').UpdateSavedViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignalEvidenceRecords($id: ID!, $limit: Int!) {\n    signal(id: $id) {\n      id\n      evidenceRecords(limit: $limit) {\n        recordId\n        recordType\n        kind\n        startedOn\n        endedOn\n        themeCode\n        sourceOrganisationCode\n        subjectOrganisationCode\n        subjectKeyShort\n        outcome\n        textRedacted\n      }\n    }\n  }\n"): typeof import('./graphql').SignalEvidenceRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signal($id: ID!) {\n    signal(id: $id) {\n      ...SignalSummary\n      statusNote\n      statusChangedAt\n      firstSeenAt\n      organisations {\n        code\n        name\n      }\n      evidence {\n        name\n        value\n        suppressed\n        text\n        organisationCode\n        themeCode\n      }\n    }\n  }\n"): typeof import('./graphql').SignalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignalRules {\n    signalRules {\n      code\n      label\n      description\n      enabled\n    }\n  }\n"): typeof import('./graphql').SignalRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignalSubscription {\n    signalSubscription {\n      scope\n      email\n    }\n  }\n"): typeof import('./graphql').SignalSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignalSummary on Signal {\n    id\n    ruleCode\n    ruleLabel\n    scopeKey\n    themeLabel\n    domainLabel\n    organisationName\n    domainCode\n    law\n    periodStart\n    periodEnd\n    score\n    scoreSuppressed\n    severity\n    urgent\n    status\n    active\n  }\n"): typeof import('./graphql').SignalSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signals($filter: SignalFilterInput) {\n    signals(filter: $filter) {\n      ...SignalSummary\n    }\n  }\n"): typeof import('./graphql').SignalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToSignals($scope: SignalAlertScope!, $email: String!) {\n    subscribeToSignals(scope: $scope, email: $email) {\n      scope\n      email\n    }\n  }\n"): typeof import('./graphql').SubscribeToSignalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromSignals {\n    unsubscribeFromSignals\n  }\n"): typeof import('./graphql').UnsubscribeFromSignalsDocument;
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
export function graphql(source: "\n  query ImportProfiles {\n    importProfiles {\n      name\n      label\n      description\n      error\n      revision\n      target\n    }\n  }\n"): typeof import('./graphql').ImportProfilesDocument;
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
export function graphql(source: "\n  query TaxonomyThemes {\n    taxonomyThemes {\n      code\n      label\n      description\n      domainCode\n      domainLabel\n      parentCode\n      keywords\n      active\n    }\n  }\n"): typeof import('./graphql').TaxonomyThemesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTheme($input: CreateThemeInput!) {\n    createTheme(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').CreateThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTheme($input: UpdateThemeInput!) {\n    updateTheme(input: $input) {\n      code\n    }\n  }\n"): typeof import('./graphql').UpdateThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetThemeActive($code: String!, $active: Boolean!) {\n    setThemeActive(code: $code, active: $active) {\n      code\n      active\n    }\n  }\n"): typeof import('./graphql').SetThemeActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateThemeModel($version: Int!) {\n    activateThemeModel(version: $version)\n  }\n"): typeof import('./graphql').ActivateThemeModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartThemeModelTraining {\n    startThemeModelTraining {\n      phase\n    }\n  }\n"): typeof import('./graphql').StartThemeModelTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeModelTraining {\n    themeModelTraining {\n      phase\n      startedBy\n      startedAt\n      finishedAt\n      version\n      error\n    }\n  }\n"): typeof import('./graphql').ThemeModelTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThemeModels {\n    themeModels {\n      version\n      status\n      trainedAt\n      trainedBy\n      threshold\n      corpusTexts\n      sourceRecords\n      reviewDecisions\n      heldOut\n      comparedWithVersion\n      scores {\n        accuracy\n        coverage\n        precision\n      }\n      comparedScores {\n        accuracy\n        coverage\n        precision\n      }\n      activatedAt\n      activatedBy\n    }\n  }\n"): typeof import('./graphql').ThemeModelsDocument;
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
export function graphql(source: "\n  query Thermometer($period: String) {\n    thermometer(period: $period) {\n      disclosureControl\n      threshold\n      period {\n        quarter\n        comparisonQuarter\n        start\n        end\n        completeness\n        notDelivered\n      }\n      domains {\n        domain\n        label\n        colour\n        explanation\n        decidingIndicator\n        biggestChange {\n          indicator\n          label\n          explanation\n        }\n        indicators {\n          indicator\n          label\n          colour\n          reading\n          current\n          previous\n          amberFrom\n          redFrom\n          higherIsWorse\n          suppressed\n          explanation\n        }\n        trend {\n          quarter\n          start\n          count\n          ratePer1000\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ThermometerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedUsers {\n    managedUsers {\n      id\n      username\n      displayName\n      role\n      municipalityCode\n      active\n      external\n    }\n  }\n"): typeof import('./graphql').ManagedUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($username: String!, $newPassword: String!) {\n    resetPassword(username: $username, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      municipalityCode\n      active\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HandlingTimes($query: HandlingTimesQueryInput!) {\n    handlingTimes(query: $query) {\n      disclosureControl\n      openAsOf\n      norm {\n        code\n        label\n        legalBasis\n        termDays\n        committeeTermDays\n        dataNote\n      }\n      rows {\n        code\n        label\n        received {\n          value\n          suppressed\n        }\n        closed {\n          value\n          suppressed\n        }\n        medianDays {\n          value\n          suppressed\n        }\n        p90Days {\n          value\n          suppressed\n        }\n        withinTermPercentage {\n          value\n          suppressed\n        }\n        beyondTermPercentage {\n          value\n          suppressed\n        }\n        extendedPercentage {\n          value\n          suppressed\n        }\n        openBeyondTerm {\n          value\n          suppressed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HandlingTimesDocument;
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
