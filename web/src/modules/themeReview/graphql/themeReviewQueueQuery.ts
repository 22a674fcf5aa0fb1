import { graphql } from '@/generated';

export const themeReviewQueueQuery = graphql(`
  query ThemeReviewQueue($limit: Int) {
    themeReviewQueue(limit: $limit) {
      totalCount
      items {
        recordId
        receivedOn
        domainLabel
        textRedacted
        reason
        suggestedThemeCode
        suggestedThemeLabel
        confidence
        ruleThemeLabel
        evidence
        highlights {
          start
          end
        }
      }
    }
  }
`);
