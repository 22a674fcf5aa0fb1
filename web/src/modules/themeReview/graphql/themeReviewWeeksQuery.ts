import { graphql } from '@/generated';

export const themeReviewWeeksQuery = graphql(`
  query ThemeReviewWeeks {
    themeReviewWeeks {
      week
      decided
      agreement
      sampled
      sampleAccuracy
    }
  }
`);
