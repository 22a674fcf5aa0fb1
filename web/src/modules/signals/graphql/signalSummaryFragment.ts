import { graphql } from '@/generated';

/** What the signals list shows of a signal; the detail adds its history, organisations and evidence. */
export const signalSummaryFragment = graphql(`
  fragment SignalSummary on Signal {
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
`);
