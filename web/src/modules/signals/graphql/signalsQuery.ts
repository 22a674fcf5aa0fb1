import { graphql } from '@/generated';

export const signalsQuery = graphql(`
  query Signals($filter: SignalFilterInput) {
    signals(filter: $filter) {
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
      active
    }
  }
`);
