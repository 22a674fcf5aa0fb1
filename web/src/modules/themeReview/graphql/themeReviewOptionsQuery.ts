import { graphql } from '@/generated';

export const themeReviewOptionsQuery = graphql(`
  query ThemeReviewOptions {
    themeReviewOptions {
      code
      label
    }
  }
`);
