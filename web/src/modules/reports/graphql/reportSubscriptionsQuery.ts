import { graphql } from '@/generated';

export const reportSubscriptionsQuery = graphql(`
  query ReportSubscriptions {
    reportSubscriptions {
      kind
      email
    }
  }
`);
