import { graphql } from '@/generated';

export const panelCasesQuery = graphql(`
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
`);
