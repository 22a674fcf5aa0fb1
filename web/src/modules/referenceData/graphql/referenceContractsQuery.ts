import { graphql } from '@/generated';

export const referenceContractsQuery = graphql(`
  query ReferenceContracts {
    referenceContracts {
      id
      municipalityCode
      organisation
      organisationName
      domain
      domainLabel
      reference
      startsOn
      endsOn
      halfYearReportRequired
    }
    referenceDomains {
      code
      label
    }
  }
`);
