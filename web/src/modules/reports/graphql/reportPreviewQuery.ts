import { graphql } from '@/generated';

export const reportPreviewQuery = graphql(`
  query ReportPreview($input: ReportInput!) {
    reportPreview(input: $input) {
      title
      ...ReportContent
    }
  }
`);
