import { graphql } from '@/generated';

export const reportDocumentQuery = graphql(`
  query ReportDocument($id: ID!) {
    reportDocument(id: $id) {
      id
      format
      status
      progress
      error
      downloadUrl
    }
  }
`);
