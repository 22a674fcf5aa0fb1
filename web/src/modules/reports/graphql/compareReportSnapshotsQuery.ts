import { graphql } from '@/generated';

export const compareReportSnapshotsQuery = graphql(`
  query CompareReportSnapshots($first: ID!, $second: ID!) {
    compareReportSnapshots(first: $first, second: $second) {
      section
      table
      row
      column
      before
      after
    }
  }
`);
