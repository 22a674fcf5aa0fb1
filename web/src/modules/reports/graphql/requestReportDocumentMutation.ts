import { graphql } from '@/generated';

export const requestReportDocumentMutation = graphql(`
  mutation RequestReportDocument($snapshotId: ID!, $format: DocumentFormat!) {
    requestReportDocument(snapshotId: $snapshotId, format: $format) {
      id
      status
      progress
    }
  }
`);
