import { graphql } from '@/generated';

export const freezeReportMutation = graphql(`
  mutation FreezeReport($input: ReportInput!) {
    freezeReport(input: $input) {
      id
      version
      citation
    }
  }
`);
