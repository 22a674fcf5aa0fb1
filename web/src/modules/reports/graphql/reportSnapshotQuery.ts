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
        periodStart
        periodEnd
        filters {
          label
          value
        }
        sections {
          id
          title
          intro
          text
          tables {
            caption
            columns
            summary
            rows {
              label
              cells
              suppressed
            }
          }
        }
      }
    }
  }
`);
