import { graphql } from '@/generated';

/** The legal terms and guidelines, with their legal basis and whether Leerlus can measure them. */
export const normsQuery = graphql(`
  query Norms {
    norms {
      code
      label
      status
      legalBasis
      termDays
      committeeTermDays
      workingDays
      computable
      dataNote
      extension {
        maxDays
        times
      }
    }
  }
`);
