import { graphql } from '@/generated';

/** What the report view prints: shared by the live preview and a frozen snapshot. */
export const reportContentFragment = graphql(`
  fragment ReportContent on Report {
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
`);
