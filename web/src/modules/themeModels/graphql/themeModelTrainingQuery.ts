import { graphql } from '@/generated';

export const themeModelTrainingQuery = graphql(`
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
`);
