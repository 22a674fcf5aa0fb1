import { graphql } from '@/generated';

export const themeModelsQuery = graphql(`
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
`);
