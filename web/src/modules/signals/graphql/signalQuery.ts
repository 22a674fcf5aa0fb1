import { graphql } from '@/generated';

export const signalQuery = graphql(`
  query Signal($id: ID!) {
    signal(id: $id) {
      ...SignalSummary
      statusNote
      statusChangedAt
      firstSeenAt
      organisations {
        code
        name
      }
      evidence {
        name
        value
        suppressed
        text
        organisationCode
        themeCode
      }
    }
  }
`);
