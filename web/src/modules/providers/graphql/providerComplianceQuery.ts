import { graphql } from '@/generated';

export const providerComplianceQuery = graphql(`
  query ProviderCompliance($query: ProviderComplianceQueryInput!) {
    providerCompliance(query: $query) {
      disclosureControl
      halfYears {
        periodStart
        periodEnd
        dueOn
        completeness
        required {
          value
          suppressed
        }
        onTime {
          value
          suppressed
        }
        late {
          value
          suppressed
        }
        missing {
          value
          suppressed
        }
        notYetDue {
          value
          suppressed
        }
        onTimePercentage {
          value
          suppressed
        }
      }
      providers {
        organisationCode
        organisationName
        municipalityCode
        periodStart
        dueOn
        submittedOn
        status
        daysLate
      }
    }
  }
`);
