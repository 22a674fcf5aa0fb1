import { graphql } from '@/generated';

export const regionalComparisonQuery = graphql(`
  query RegionalComparison($query: RegionalComparisonInput!) {
    regionalComparison(query: $query) {
      region
      from
      to
      protectedCounts
      municipalities {
        code
        name
      }
      groups {
        code
        label
        regionalRate
        overdispersion
        rows {
          municipalityCode
          municipalityName
          own
          inhabitants
          complaints
          suppressed
          rate
          position
          limits {
            lower95
            upper95
            lower998
            upper998
          }
        }
        curve {
          inhabitants
          lower95
          upper95
          lower998
          upper998
        }
      }
    }
  }
`);
