import { graphql } from '@/generated';

export const importsQuery = graphql(`
  query Imports($limit: Int!, $offset: Int!) {
    imports(limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        fileName
        profile
        status
        createdAt
        finishedAt
        rowsRead
        rowsInserted
        rowsUpdated
        rowsUnchanged
        rowsRejected
        error
        warnings
      }
    }
  }
`);
