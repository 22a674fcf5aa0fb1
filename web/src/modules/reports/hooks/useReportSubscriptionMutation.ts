import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportKind } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { subscribeToReportsMutation } from '@/modules/reports/graphql/subscribeToReportsMutation';
import { unsubscribeFromReportsMutation } from '@/modules/reports/graphql/unsubscribeFromReportsMutation';

/** Subscribes (with an address) or unsubscribes (without) one kind of report. */
export function useReportSubscriptionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, email }: { kind: ReportKind; email: string | null }) => {
      if (email === null) {
        await graphqlRequest(unsubscribeFromReportsMutation, { kind });
      } else {
        await graphqlRequest(subscribeToReportsMutation, { kind, email });
      }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reports:subscriptions'] }),
  });
}
