import { graphql } from '@/generated';

/** Complaints about waiting and their share of all complaints, per time bucket and/or member. */
export const waitingTimeComplaintsQuery = graphql(`
  query WaitingTimeComplaints($query: IndicatorQueryInput!) {
    waitingTimeComplaints(query: $query) {
      disclosureControl
      rows {
        code
        label
        complaints {
          value
          suppressed
        }
        waitingTime {
          value
          suppressed
        }
        waitingTimeShare {
          value
          suppressed
        }
      }
      totals {
        period
        complete
        complaints {
          value
          suppressed
        }
        waitingTime {
          value
          suppressed
        }
        waitingTimeShare {
          value
          suppressed
        }
      }
    }
  }
`);
