import { graphql } from '@/generated';

export const reportPreviewQuery = graphql(`
  query ReportPreview($input: ReportInput!) {
    reportPreview(input: $input) {
      title
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
`);
