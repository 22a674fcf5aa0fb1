import { graphql } from '@/generated';

export const reportSnapshotQuery = graphql(`
  query ReportSnapshot($id: ID!) {
    reportSnapshot(id: $id) {
      id
      title
      version
      citation
      dataAsOf
      report {
        ...ReportContent
      }
    }
  }
`);
