import { graphql } from '@/generated';

export const clientRatesQuery = graphql(`
  query ClientRates($input: ClientRatesInput!) {
    clientRates(input: $input) {
      year
      byProvider {
        code
        label
        clients
        complaints
        suppressed
        ratePer1000
        lower
        upper
      }
    }
  }
`);
