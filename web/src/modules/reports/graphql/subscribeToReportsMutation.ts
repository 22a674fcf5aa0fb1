import { graphql } from '@/generated';

export const subscribeToReportsMutation = graphql(`
  mutation SubscribeToReports($kind: ReportKind!, $email: String!) {
    subscribeToReports(kind: $kind, email: $email) {
      kind
      email
    }
  }
`);
