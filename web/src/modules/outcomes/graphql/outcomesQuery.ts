import { graphql } from '@/generated';

/** Uphold rates and ombudsman recommendations, with Wilson intervals, per member of one dimension. */
export const outcomesQuery = graphql(`
  query Outcomes($query: OutcomesQueryInput!) {
    outcomes(query: $query) {
      disclosureControl
      rows {
        code
        label
        decided {
          value
          suppressed
        }
        gegrond {
          value
          suppressed
        }
        deelsGegrond {
          value
          suppressed
        }
        ongegrond {
          value
          suppressed
        }
        upholdRate {
          value
          suppressed
        }
        upholdRateLower {
          value
          suppressed
        }
        upholdRateUpper {
          value
          suppressed
        }
        recommendationsMade {
          value
          suppressed
        }
        recommendationsFollowed {
          value
          suppressed
        }
        recommendationsNotFollowed {
          value
          suppressed
        }
        recommendationFollowedRate {
          value
          suppressed
        }
        recommendationFollowedRateLower {
          value
          suppressed
        }
        recommendationFollowedRateUpper {
          value
          suppressed
        }
      }
    }
  }
`);
