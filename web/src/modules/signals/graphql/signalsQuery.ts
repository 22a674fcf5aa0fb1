import { graphql } from '@/generated';

export const signalsQuery = graphql(`
  query Signals($filter: SignalFilterInput) {
    signals(filter: $filter) {
      ...SignalSummary
    }
  }
`);
