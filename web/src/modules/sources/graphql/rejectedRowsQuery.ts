import { graphql } from '@/generated';

export const rejectedRowsQuery = graphql(`
  query RejectedRows($importId: ID!, $limit: Int!, $offset: Int!) {
    rejectedRows(importId: $importId, limit: $limit, offset: $offset) {
      importId
      totalCount
      rows {
        id
        rowNumber
        columnName
        value
        reason
      }
    }
  }
`);
