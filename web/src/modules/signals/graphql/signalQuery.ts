import { graphql } from '@/generated';

export const signalQuery = graphql(`
  query Signal($id: ID!) {
    signal(id: $id) {
      id
      ruleCode
      ruleLabel
      scopeKey
      themeLabel
      domainLabel
      organisationName
      domainCode
      law
      periodStart
      periodEnd
      score
      scoreSuppressed
      severity
      urgent
      status
      statusNote
      statusChangedAt
      active
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
