import { graphql } from '@/generated';

export const unsubscribeFromReportsMutation = graphql(`
  mutation UnsubscribeFromReports($kind: ReportKind!) {
    unsubscribeFromReports(kind: $kind)
  }
`);
