import { useMutation } from '@tanstack/react-query';
import type { RequestReportDocumentMutationVariables } from '@/generated/graphql';
import { graphqlRequest } from '@/lib/graphqlClient';
import { requestReportDocumentMutation } from '@/modules/reports/graphql/requestReportDocumentMutation';

export function useRequestReportDocumentMutation() {
  return useMutation({
    mutationFn: (variables: RequestReportDocumentMutationVariables) =>
      graphqlRequest(requestReportDocumentMutation, variables),
  });
}
