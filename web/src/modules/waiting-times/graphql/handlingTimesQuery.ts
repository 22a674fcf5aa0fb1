import { graphql } from '@/generated';

/** Handling times against the legal term, per member of one dimension. */
export const handlingTimesQuery = graphql(`
  query HandlingTimes($query: HandlingTimesQueryInput!) {
    handlingTimes(query: $query) {
      disclosureControl
      openAsOf
      norm {
        code
        label
        legalBasis
        termDays
        committeeTermDays
        dataNote
      }
      rows {
        code
        label
        received {
          value
          suppressed
        }
        closed {
          value
          suppressed
        }
        medianDays {
          value
          suppressed
        }
        p90Days {
          value
          suppressed
        }
        withinTermPercentage {
          value
          suppressed
        }
        beyondTermPercentage {
          value
          suppressed
        }
        extendedPercentage {
          value
          suppressed
        }
        openBeyondTerm {
          value
          suppressed
        }
      }
    }
  }
`);
