import { graphql } from '@/generated';

export const savePanelReviewMutation = graphql(`
  mutation SavePanelReview($input: SavePanelReviewInput!) {
    savePanelReview(input: $input) {
      systemError
      normCodes
      reasonable
      reasonableExplanation
      updatedAt
    }
  }
`);
