import { graphql } from '@/generated';

export const reportSnapshotsQuery = graphql(`
  query ReportSnapshots {
    reportSnapshots {
      id
      kind
      title
      periodStart
      periodEnd
      version
      sha256
      dataAsOf
      createdAt
      createdBy
      citation
    }
  }
`);
