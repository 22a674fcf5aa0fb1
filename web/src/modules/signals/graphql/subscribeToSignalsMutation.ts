import { graphql } from '@/generated';

export const subscribeToSignalsMutation = graphql(`
  mutation SubscribeToSignals($scope: SignalAlertScope!, $email: String!) {
    subscribeToSignals(scope: $scope, email: $email) {
      scope
      email
    }
  }
`);
