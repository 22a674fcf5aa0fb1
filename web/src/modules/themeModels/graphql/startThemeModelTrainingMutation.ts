import { graphql } from '@/generated';

export const startThemeModelTrainingMutation = graphql(`
  mutation StartThemeModelTraining {
    startThemeModelTraining {
      phase
    }
  }
`);
