import { graphql } from '@/generated';

/** The complaint chain: complaints per line, objections beside it, escalation and transitions. */
export const chainQuery = graphql(`
  query Chain($query: ChainQueryInput!) {
    chain(query: $query) {
      disclosureControl
      windowDays
      complaints {
        value
        suppressed
      }
      objections {
        value
        suppressed
      }
      escalationRate {
        value
        suppressed
      }
      stages {
        code
        label
        count {
          value
          suppressed
        }
      }
      transitions {
        from
        to
        label
        citizens {
          value
          suppressed
        }
        moved {
          value
          suppressed
        }
        movedPercentage {
          value
          suppressed
        }
      }
    }
  }
`);
