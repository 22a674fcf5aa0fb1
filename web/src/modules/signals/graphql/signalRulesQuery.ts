import { graphql } from '@/generated';

export const signalRulesQuery = graphql(`
  query SignalRules {
    signalRules {
      code
      label
      description
      enabled
    }
  }
`);
