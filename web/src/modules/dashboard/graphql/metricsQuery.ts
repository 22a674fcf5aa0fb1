import { graphql } from '@/generated';

/**
 * The one indicators document every panel uses; panels differ only in their variables, which
 * createMetricsQuery builds from the URL state.
 */
export const metricsQuery = graphql(`
  query Metrics($query: MetricsQueryInput!) {
    metrics(query: $query) {
      disclosureControl
      rows {
        period
        complete
        dimensions {
          dimension
          code
          label
        }
        values {
          measure
          value
          suppressed
          previousValue
          previousSuppressed
          change
          changePercentage
          changePercentagePoints
          smallNumbers
        }
      }
      totals {
        period
        complete
        comparable
        coverage {
          completeness
          sourcesDelivered
          sourcesExpected
          notDelivered
        }
        values {
          measure
          value
          suppressed
          previousValue
          previousSuppressed
          change
          changePercentage
          changePercentagePoints
          smallNumbers
        }
      }
    }
  }
`);
