import { graphql } from '@/generated';

export const signalSubscriptionQuery = graphql(`
  query SignalSubscription {
    signalSubscription {
      scope
      email
    }
  }
`);
