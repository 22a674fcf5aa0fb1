import { graphql } from '@/generated';

export const dataFreshnessQuery = graphql(`
  query DataFreshness {
    dataFreshness {
      today
      sources {
        organisationCode
        organisationName
        kind
        lastImportAt
        latestBusinessDate
        daysSinceLatestData
        expectedWithinDays
        stale
        rows {
          value
          suppressed
        }
      }
    }
  }
`);
