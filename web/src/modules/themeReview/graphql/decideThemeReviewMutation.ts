import { graphql } from '@/generated';

export const decideThemeReviewMutation = graphql(`
  mutation DecideThemeReview($input: DecideThemeReviewInput!) {
    decideThemeReview(input: $input)
  }
`);
