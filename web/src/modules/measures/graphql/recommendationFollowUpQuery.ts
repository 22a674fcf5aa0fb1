import { graphql } from '@/generated';

export const recommendationFollowUpQuery = graphql(`
  query RecommendationFollowUp {
    recommendationFollowUp {
      sourceKind
      total
      followed
      notFollowed
      pending
      followedShare
      notFollowedShare
      pendingShare
      followedOfDecided
    }
  }
`);
