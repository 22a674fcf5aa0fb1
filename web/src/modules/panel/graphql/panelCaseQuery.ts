import { graphql } from '@/generated';

export const panelCaseQuery = graphql(`
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
`);
