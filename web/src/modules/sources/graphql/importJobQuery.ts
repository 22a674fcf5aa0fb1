import { graphql } from '@/generated';

export const importJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      fileName
      profile
      status
      error
      rowsRead
      rowsInserted
      rowsUpdated
      rowsUnchanged
      rowsRejected
      progress {
        phase
        percent
        rowsRead
        rowsRejected
        rowsPerSecond
      }
    }
  }
`);
