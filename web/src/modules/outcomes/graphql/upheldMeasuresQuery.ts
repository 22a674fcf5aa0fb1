import { graphql } from '@/generated';

/** Measures (remedies) taken for upheld complaints. */
export const upheldMeasuresQuery = graphql(`
  query UpheldMeasures($query: OutcomesQueryInput!) {
    upheldComplaintMeasures(query: $query) {
      disclosureControl
      upheld {
        value
        suppressed
      }
      measures {
        measure
        count {
          value
          suppressed
        }
        share {
          value
          suppressed
        }
      }
    }
  }
`);
