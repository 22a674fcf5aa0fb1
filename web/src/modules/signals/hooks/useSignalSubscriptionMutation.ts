import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignalAlertScope } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { subscribeToSignalsMutation } from '@/modules/signals/graphql/subscribeToSignalsMutation';
import { unsubscribeFromSignalsMutation } from '@/modules/signals/graphql/unsubscribeFromSignalsMutation';

/** Subscribes (with a choice and an address) or unsubscribes (null) the signal alerts. */
export function useSignalSubscriptionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (choice: { scope: SignalAlertScope; email: string } | null) => {
      if (choice === null) {
        await graphqlRequest(unsubscribeFromSignalsMutation, {});
      } else {
        await graphqlRequest(subscribeToSignalsMutation, choice);
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['signals:subscription'] }),
  });
}
