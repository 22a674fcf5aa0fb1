import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FreezeReportMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { freezeReportMutation } from '@/modules/reports/graphql/freezeReportMutation';

export function useFreezeReportMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: FreezeReportMutationVariables) => graphqlRequest(freezeReportMutation, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reports:snapshots'] }),
  });
}
