import { graphql } from '@/generated';

export const unsubscribeFromSignalsMutation = graphql(`
  mutation UnsubscribeFromSignals {
    unsubscribeFromSignals
  }
`);
